package org.gradphoto.portal.photo.review;

import org.gradphoto.portal.Wording;
import org.gradphoto.portal.photo.RejectReason;

import java.util.List;
import java.util.Locale;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.ReviewStatus;
import org.gradphoto.portal.photo.RuleRow;
import org.gradphoto.portal.table.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer's pages: the queue with its filters, one photo with its guides and rule table, the decisions. */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final InstitutionRepository institutions;
    private final ReviewDecisionRepository decisions;
    private final MessageSource messages;
    private final org.gradphoto.portal.account.ExportAudit exports;

    public ReviewController(ReviewService reviews, InstitutionRepository institutions, ReviewDecisionRepository decisions,
            MessageSource messages, org.gradphoto.portal.account.ExportAudit exports) {
        this.exports = exports;
        this.reviews = reviews;
        this.institutions = institutions;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/review")
    public String queue(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "status", required = false) ReviewStatus status,
            @RequestParam(name = "verdict", required = false) Verdict verdict,
            @RequestParam(name = "institution", required = false) Long institution,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        if (status == ReviewStatus.NONE) {
            status = ReviewStatus.PENDING;
        }
        // DRAFT in the queue: the submissions candidates withdrew by uploading anew
        QueueFilter filter = new QueueFilter(status, verdict, institution, q);
        Page<CandidatePhoto> rows = reviews.queue(user.accountId(), filter, page);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("scope", reviews.scope(user.accountId(), institutions));
        model.addAttribute("statuses", List.of(ReviewStatus.PENDING, ReviewStatus.APPROVED, ReviewStatus.REJECTED, ReviewStatus.DRAFT));
        model.addAttribute("verdicts", List.of(Verdict.PASS, Verdict.WARNINGS, Verdict.FAIL));
        return "review/queue";
    }

    /** The filtered queue as an Excel file, in Chinese (the office's working language), with full ID numbers. */
    @GetMapping("/review.xlsx")
    public ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "status", required = false) ReviewStatus status,
            @RequestParam(name = "verdict", required = false) Verdict verdict,
            @RequestParam(name = "institution", required = false) Long institution,
            @RequestParam(name = "q", required = false) String q) {
        if (status == null || status == ReviewStatus.NONE) {
            status = ReviewStatus.PENDING;
        }
        // the full ID number: the office matches the list with its own records (screens keep it masked)
        List<List<String>> rows = reviews.export(user.accountId(), new QueueFilter(status, verdict, institution, q), p -> List.of(
                p.getCandidate().getName(), p.getCandidate().getIdNumber(), p.getCandidate().getInstitution().getNameZh(),
                day(p.getSubmittedAt()), p.getCurrent() == null ? "" : zh("verdict." + p.getCurrent().getVerdict()),
                zh("status." + p.getStatus()), p.getRejectReason() == null ? "" : p.getRejectReason().zh(),
                p.getRejectText() == null ? "" : p.getRejectText(), day(p.getDecidedAt())));
        exports.record(user.accountId(), Wording.of("export.review_queue"), rows.size());
        byte[] xlsx = ExcelExport.write("照片审核", List.of("姓名", "证件号码", "单位", "提交日期", "检测结论", "审核状态", "退回原因",
                "审核意见", "审核日期"), rows);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", ContentDisposition.attachment().filename("photo-review.xlsx").build().toString())
                .body(xlsx);
    }

    private String zh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static String day(java.time.Instant t) {
        return t == null ? "" : t.atZone(org.gradphoto.portal.PortalTime.ZONE).toLocalDate().toString();
    }

    @GetMapping("/review/{id}")
    public String photo(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam(name = "verdict", required = false) Verdict verdict,
            @RequestParam(name = "institution", required = false) Long institution,
            @RequestParam(name = "q", required = false) String q, Model model) {
        CandidatePhoto p = reviews.photo(user.accountId(), id).orElseThrow(NotFoundException::new);
        QueueFilter filter = new QueueFilter(ReviewStatus.PENDING, verdict, institution, q);
        model.addAttribute("filter", filter);
        model.addAttribute("neighbours", reviews.neighbours(user.accountId(), id, filter));
        model.addAttribute("fixedFrom", p.getCurrent() == null ? null : reviews.fixedFrom(user.accountId(), p.getCurrent()));
        model.addAttribute("photo", p);
        model.addAttribute("upload", p.getCurrent());
        List<RuleRow> rules = p.getCurrent() == null ? List.of() : RuleRow.of(p.getCurrent().getInspectionJson());
        model.addAttribute("rules", rules);
        model.addAttribute("likeness", rules.stream().filter(r -> r.id().equals(RuleRow.SAME_PERSON)).findFirst().orElse(null));
        model.addAttribute("reasons", RejectReason.values());
        model.addAttribute("suggested", rules.stream().filter(r -> r.failed() && r.error()).findFirst()
                .map(r -> RejectReason.suggestedBy(r.id())).orElse(null));
        model.addAttribute("decisions", decisions.findByPhotoOrderByDecidedAtDesc(p));
        return "review/photo";
    }

    /** After a decision: the next photo of the same queue, or the queue when it was the last. */
    private String next(PortalUser user, Long id, QueueFilter f) {
        Long next = reviews.neighbours(user.accountId(), id, f).next();
        return "redirect:" + (next == null ? "/review" : "/review/" + next) + f.pendingQuery();
    }

    @PostMapping("/review/{id}/approve")
    public String approve(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam("version") long version, @RequestParam(name = "verdict", required = false) Verdict verdict,
            @RequestParam(name = "institution", required = false) Long institution,
            @RequestParam(name = "q", required = false) String q, RedirectAttributes redirect) {
        try {
            QueueFilter f = new QueueFilter(ReviewStatus.PENDING, verdict, institution, q);
            reviews.approve(user.accountId(), id, version);
            redirect.addFlashAttribute("notice", "review.notice.approved");
            return next(user, id, f);
        } catch (RefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/review/" + id;
        }
    }

    @PostMapping("/review/{id}/reject")
    public String reject(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam("version") long version, @RequestParam(name = "reason", required = false) RejectReason reason,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "verdict", required = false) Verdict verdict,
            @RequestParam(name = "institution", required = false) Long institution,
            @RequestParam(name = "q", required = false) String q, RedirectAttributes redirect) {
        try {
            QueueFilter f = new QueueFilter(ReviewStatus.PENDING, verdict, institution, q);
            reviews.reject(user.accountId(), id, version, reason, text);
            redirect.addFlashAttribute("notice", "review.notice.rejected");
            return next(user, id, f);
        } catch (RefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("text", text);
            return "redirect:/review/" + id;
        }
    }

    @PostMapping("/review/bulk-approve")
    public String bulk(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("error", "review.error.none_selected");
            return "redirect:/review";
        }
        int n = reviews.bulkApprove(user.accountId(), ids);
        redirect.addFlashAttribute("bulkApproved", n);
        return "redirect:/review";
    }
}
