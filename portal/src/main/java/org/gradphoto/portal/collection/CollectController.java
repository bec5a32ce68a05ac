package org.gradphoto.portal.collection;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.photo.PlainVerdict;
import org.gradphoto.portal.photo.RuleRow;
import org.gradphoto.portal.photo.UnreadableUploadException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public collection pages: code and feature code, then upload, verdict with the fixed version, submit. The
 * opened code lives in the visitor's session only; nothing else identifies them.
 */
@Controller
class CollectController {

    static final String HOLDER = "collect.holder";
    static final String DRAFT = "collect.draft";

    private final OnlineCollection collection;
    private final PhotoStore store;

    public CollectController(OnlineCollection collection, PhotoStore store) {
        this.collection = collection;
        this.store = store;
    }

    @GetMapping("/collect")
    public String start(@RequestParam(name = "code", required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        return "collect/start";
    }

    @PostMapping("/collect")
    public String open(@RequestParam("code") String code, @RequestParam("featureCode") String featureCode, HttpSession session,
            RedirectAttributes r) {
        try {
            OnlineCollection.Holder h = collection.open(code, featureCode);
            session.setAttribute(HOLDER, h);
            session.removeAttribute(DRAFT);
            return "redirect:/collect/photo";
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
            return "redirect:/collect";
        }
    }

    @GetMapping("/collect/photo")
    public String photo(HttpSession session, java.util.Locale locale, Model model) {
        OnlineCollection.Holder h = (OnlineCollection.Holder) session.getAttribute(HOLDER);
        if (h == null) {
            return "redirect:/collect";
        }
        model.addAttribute("holder", h);
        Long draft = (Long) session.getAttribute(DRAFT);
        if (draft != null) {
            try {
                CollectedPhoto d = collection.draft(h.codeId(), draft);
                model.addAttribute("draft", d);
                List<RuleRow> rows = RuleRow.of(d.getInspectionJson());
                model.addAttribute("rules", rows);
                model.addAttribute("verdict", PlainVerdict.of(rows, d.getFix() != null && d.getFixVerdict() != Verdict.FAIL, locale));
                model.addAttribute("notLikeReference", rows.stream().anyMatch(r -> r.id().equals(RuleRow.SAME_PERSON) && r.failed()));
            } catch (RefusedException e) {
                session.removeAttribute(DRAFT);
            }
        }
        return "collect/photo";
    }

    @PostMapping("/collect/photo")
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, RedirectAttributes r)
            throws IOException {
        OnlineCollection.Holder h = (OnlineCollection.Holder) session.getAttribute(HOLDER);
        if (h == null) {
            return "redirect:/collect";
        }
        if (file == null || file.isEmpty()) {
            r.addFlashAttribute("error", "photo.error.empty");
            return "redirect:/collect/photo";
        }
        try {
            CollectedPhoto p = collection.upload(h.codeId(), file.getBytes(), file.getOriginalFilename());
            session.setAttribute(DRAFT, p.getId());
        } catch (UnreadableUploadException e) {
            r.addFlashAttribute("unreadableZh", e.zh());
            r.addFlashAttribute("unreadableEn", e.en());
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/collect/photo";
    }

    @PostMapping("/collect/photo/use-fix")
    public String useFix(HttpSession session, RedirectAttributes r) {
        return act(session, r, (h, d) -> collection.useFix(h.codeId(), d), "collection.notice.fix_used", "/collect/photo");
    }

    @PostMapping("/collect/photo/submit")
    public String submit(HttpSession session, RedirectAttributes r) {
        String to = act(session, r, (h, d) -> collection.submit(h.codeId(), d), "collection.notice.submitted", "/collect/done");
        if (to.equals("redirect:/collect/done")) {
            session.removeAttribute(HOLDER);
            session.removeAttribute(DRAFT);
        }
        return to;
    }

    @GetMapping("/collect/done")
    public String done() {
        return "collect/done";
    }

    private interface Step {
        void run(OnlineCollection.Holder h, Long draft);
    }

    private static String act(HttpSession session, RedirectAttributes r, Step step, String notice, String to) {
        OnlineCollection.Holder h = (OnlineCollection.Holder) session.getAttribute(HOLDER);
        Long draft = (Long) session.getAttribute(DRAFT);
        if (h == null || draft == null) {
            return "redirect:/collect";
        }
        try {
            step.run(h, draft);
            r.addFlashAttribute("notice", notice);
            return "redirect:" + to;
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
            return "redirect:/collect/photo";
        }
    }

    /** The draft's photo or its fixed version, to this session only. */
    @GetMapping("/collect/photo/{kind}")
    public ResponseEntity<byte[]> image(@PathVariable("kind") String kind, HttpSession session) {
        OnlineCollection.Holder h = (OnlineCollection.Holder) session.getAttribute(HOLDER);
        Long draft = (Long) session.getAttribute(DRAFT);
        if (h == null || draft == null || !(kind.equals("original") || kind.equals("fixed"))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        try {
            CollectedPhoto p = collection.draft(h.codeId(), draft);
            var f = kind.equals("original") ? p.getFile() : p.getFix();
            if (f == null) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.getContentType()))
                    .cacheControl(CacheControl.noStore().cachePrivate()).header("X-Content-Type-Options", "nosniff").body(store.get(f));
        } catch (RefusedException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }
}
