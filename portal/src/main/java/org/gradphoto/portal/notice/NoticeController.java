package org.gradphoto.portal.notice;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gradphoto.portal.account.PortalUser;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 通知公告 as anyone reads them: the list, newest first, one notice with its attachments, and its view count. */
@Controller
class NoticeController {

    private final NoticeBoard board;

    NoticeController(NoticeBoard board) {
        this.board = board;
    }

    @GetMapping("/notices")
    String list(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "page", defaultValue = "0") int page,
            Model model, Locale locale) {
        Page<NoticeView> shown = board.shown(board.reader(user == null ? null : user.accountId()), page, locale);
        model.addAttribute("notices", shown.getContent());
        model.addAttribute("page", shown.getNumber());
        model.addAttribute("pages", shown.getTotalPages());
        return "notices/list";
    }

    @GetMapping("/notices/{id}")
    String show(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, Model model, Locale locale) {
        model.addAttribute("notice", board.read(id, board.reader(user == null ? null : user.accountId()), locale));
        return "notices/show";
    }

    @GetMapping("/notices/{id}/files/{position}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @PathVariable("position") int position) {
        NoticeBoard.Download d = board.attachment(id, position, board.reader(user == null ? null : user.accountId()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(d.bytes());
    }
}
