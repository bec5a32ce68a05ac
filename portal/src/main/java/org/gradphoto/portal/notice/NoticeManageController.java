package org.gradphoto.portal.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradphoto.portal.PortalTime;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.InvalidFieldException;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.web.FlashActions;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发布通知 for offices, schools and the admin: write a notice with its dates, audience and files, see one's notices
 * with their state and readings, withdraw one. A refused notice comes back with what was typed, never lost.
 */
@Controller
class NoticeManageController {

    private final NoticeBoard board;

    NoticeManageController(NoticeBoard board) {
        this.board = board;
    }

    @GetMapping("/notices/manage")
    String page(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "page", defaultValue = "0") int page,
            Model model, Locale locale) {
        return show(user, page, model, locale);
    }

    private String show(PortalUser user, int page, Model model, Locale locale) {
        Page<NoticeView> mine = board.managed(user.accountId(), page, locale);
        model.addAttribute("mine", mine.getContent());
        model.addAttribute("page", mine.getNumber());
        model.addAttribute("pages", mine.getTotalPages());
        model.addAttribute("audiences", board.audiences(user.accountId()));
        return "notices/manage";
    }

    @PostMapping("/notices/manage")
    String publish(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "body", required = false) String body,
            @RequestParam(name = "audience", required = false) Long audience,
            @RequestParam(name = "publishOn", required = false) String publishOn,
            @RequestParam(name = "expireOn", required = false) String expireOn,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            Instant from = day(publishOn, "publishOn");
            Instant until = day(expireOn, "expireOn");
            NoticeDraft draft = new NoticeDraft(title, body, audience, from, until == null ? null : until.plus(java.time.Duration.ofDays(1)));
            Long id = board.publish(user.accountId(), draft, attached(files));
            redirect.addFlashAttribute("notice", "notice.published");
            redirect.addFlashAttribute("publishedId", id);
            return "redirect:/notices/manage";
        } catch (RefusedException e) {
            model.addAttribute("error", e.messageKey());
        } catch (InvalidFieldException e) {
            model.addAttribute("error", e.messageKey());
        }
        model.addAttribute("draft", new Typed(title, body, audience, publishOn, expireOn));
        return show(user, 0, model, locale);
    }

    @PostMapping("/notices/manage/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, RedirectAttributes redirect) {
        return FlashActions.act(redirect, "/notices/manage", () -> board.withdraw(user.accountId(), id), "notice.withdrawn");
    }

    /** What the publisher typed, shown again after a refusal. */
    record Typed(String title, String body, Long audience, String publishOn, String expireOn) {
    }

    /** A date of the form (China's day): its first moment; empty: none. Today as the first day means now. */
    private static Instant day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(PortalTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "notice.error.date");
        }
    }

    private static List<NoticeFile> attached(List<MultipartFile> files) {
        List<NoticeFile> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                out.add(NoticeFile.of(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
