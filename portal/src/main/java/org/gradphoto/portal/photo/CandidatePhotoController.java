package org.gradphoto.portal.photo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gradphoto.engine.fix.FixRefusal;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.photo.review.ReviewDecisionRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The candidate's photo page: the current photo with the guides and every rule's result, the fixed version
 * beside it when one is possible, the review status and reason; upload, take the fix, submit.
 */
@Controller
class CandidatePhotoController {

    private final PhotoService photos;
    private final DeadlineRepository deadlines;
    private final ReviewDecisionRepository decisions;
    private final java.time.Clock clock;

    public CandidatePhotoController(PhotoService photos, DeadlineRepository deadlines, ReviewDecisionRepository decisions,
            java.time.Clock clock) {
        this.photos = photos;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping("/me/photo")
    public String page(@AuthenticationPrincipal PortalUser user, java.util.Locale locale, Model model) {
        CandidatePhoto cp = photos.photoOf(user.accountId());
        PhotoUpload u = cp.getCurrent();
        model.addAttribute("photo", cp);
        model.addAttribute("upload", u);
        List<RuleRow> rules = u == null ? List.of() : RuleRow.of(u.getInspectionJson());
        model.addAttribute("rules", rules);
        model.addAttribute("notLikeReference", rules.stream().anyMatch(r -> r.id().equals(RuleRow.SAME_PERSON) && r.failed()));
        List<RuleRow> fixRules = u == null || !u.hasFix() ? List.of() : RuleRow.of(u.getFixInspectionJson());
        model.addAttribute("fixRules", fixRules);
        model.addAttribute("verdict", PlainVerdict.of(rules, fixRules, locale));
        // the backgrounds the candidate may choose for the fixed version (where the profile allows more than one)
        model.addAttribute("backgrounds", u == null ? List.of()
                : org.gradphoto.engine.profile.Profiles.get(u.getProfileId()).backgrounds());
        model.addAttribute("sizeFirst", rules.stream().anyMatch(r -> r.id().equals(RuleRow.DIMENSIONS) && r.failed()));
        model.addAttribute("window", deadlines.uploadWindow());
        model.addAttribute("decisions", decisions.findByPhotoOrderByDecidedAtDesc(cp));
        model.addAttribute("refusal", u == null || u.getFixRefusal() == null ? null : FixRefusal.valueOf(u.getFixRefusal()));
        model.addAttribute("uploadOpen", deadlines.uploadWindow().isOpen(clock.instant()) && cp.getStatus() != ReviewStatus.APPROVED);
        return "candidate/photo";
    }

    /** 下载审核通过的照片: the file as approved, named by the candidate's ID number. */
    @GetMapping("/me/photo/approved.jpg")
    public ResponseEntity<byte[]> approved(@AuthenticationPrincipal PortalUser user) {
        return photos.approvedFile(user.accountId())
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", ContentDisposition.attachment()
                                .filename("学历照片-" + user.username() + ".jpg", StandardCharsets.UTF_8)
                                .build().toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/me/photo")
    public String upload(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "photo.error.empty");
            return "redirect:/me/photo";
        }
        try {
            photos.upload(user.accountId(), file.getOriginalFilename(), file.getBytes());
        } catch (UnreadableUploadException e) {
            redirect.addFlashAttribute("unreadableZh", e.zh());
            redirect.addFlashAttribute("unreadableEn", e.en());
        } catch (PhotoStateException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/me/photo";
    }

    @PostMapping("/me/photo/{id}/use-fix")
    public String useFix(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, RedirectAttributes redirect) {
        try {
            photos.useFix(user.accountId(), id);
            redirect.addFlashAttribute("notice", "photo.notice.fix_used");
        } catch (PhotoStateException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/me/photo";
    }

    /** 选择背景颜色: the fixed version made again on another of the profile's backgrounds. */
    @PostMapping("/me/photo/{id}/fix-background")
    public String fixBackground(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam(name = "colour", required = false) String colour, RedirectAttributes redirect) {
        try {
            photos.fixOn(user.accountId(), id, colour == null ? "" : colour);
            redirect.addFlashAttribute("notice", "photo.notice.background_changed");
        } catch (PhotoStateException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/me/photo";
    }

    @PostMapping("/me/photo/submit")
    public String submit(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        try {
            photos.submit(user.accountId());
            redirect.addFlashAttribute("notice", "photo.notice.submitted");
        } catch (PhotoStateException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/me/photo";
    }
}
