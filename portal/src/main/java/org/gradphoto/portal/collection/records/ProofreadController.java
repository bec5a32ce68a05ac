package org.gradphoto.portal.collection.records;

import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.files.PhotoStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The student's proofreading page: each record with its photo, 正确 or an error reported. */
@Controller
class ProofreadController {

    private final ProofreadService proofreading;
    private final PhotoStore store;

    public ProofreadController(ProofreadService proofreading, PhotoStore store) {
        this.proofreading = proofreading;
        this.store = store;
    }

    @GetMapping("/me/record")
    public String page(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("proofs", proofreading.mine(user.accountId()));
        model.addAttribute("now", java.time.Instant.now());
        return "candidate/record";
    }

    @PostMapping("/me/record/{id}/{action}")
    public String act(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @PathVariable("action") String action,
            @RequestParam("version") long version, @RequestParam(name = "note", required = false) String note, RedirectAttributes r) {
        try {
            switch (action) {
                case "confirm-record" -> proofreading.confirmRecord(user.accountId(), id, version);
                case "report-record" -> proofreading.reportRecord(user.accountId(), id, version, note);
                case "confirm-photo" -> proofreading.confirmPhoto(user.accountId(), id, version);
                case "report-photo" -> proofreading.reportPhoto(user.accountId(), id, version, note);
                default -> throw new NotFoundException();
            }
            r.addFlashAttribute("notice", action.startsWith("confirm") ? "records.notice.confirmed" : "records.notice.reported");
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/me/record";
    }

    /** The photo linked to one of the student's own records. */
    @GetMapping("/me/record/{id}/photo")
    public ResponseEntity<byte[]> photo(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id) {
        ProofreadService.Proof p = proofreading.one(user.accountId(), id);
        if (p.photo() == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.photo().getFile().getContentType()))
                .cacheControl(CacheControl.noStore().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(store.get(p.photo().getFile()));
    }
}
