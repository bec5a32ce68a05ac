package org.gradphoto.portal.photo.likeness;

import java.io.IOException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's page for reference photos (a city exam office's, or a school photo office's for its students): how
 * many it keeps, and a zip of admission or ID-card photos to add.
 */
@Controller
class ReferenceController {

    private final ReferencePhotos references;

    public ReferenceController(ReferencePhotos references) {
        this.references = references;
    }

    @GetMapping({"/review/references", "/school/references"})
    public String page(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("count", references.countFor(user.accountId()));
        model.addAttribute("sources", ReferenceSource.values());
        model.addAttribute("base", base(user));
        return "references";
    }

    /** The reviewers' page lives under /review, the school photo office's under /school. */
    private static String base(PortalUser user) {
        return user.role() == org.gradphoto.portal.account.Role.SCHOOL ? "/school" : "/review";
    }

    @PostMapping({"/review/references", "/school/references"})
    public String upload(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "source", defaultValue = "ADMISSION") ReferenceSource source,
            RedirectAttributes redirect) throws IOException {
        try {
            ReferencePhotos.Report r = references.importZip(user.accountId(), file == null ? null : file.getBytes(), source);
            redirect.addFlashAttribute("report", r);
        } catch (RefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:" + base(user) + "/references";
    }
}
