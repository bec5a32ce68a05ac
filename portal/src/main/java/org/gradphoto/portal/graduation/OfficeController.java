package org.gradphoto.portal.graduation;

import java.util.List;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.ticket.TicketMerge;
import org.gradphoto.portal.table.ExcelExport;
import org.gradphoto.portal.web.FlashActions;
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

/** The offices' pages: the application queue and its steps, ticket merges, prior degrees; Excel exports. */
@Controller
class OfficeController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OfficeService office;
    private final org.springframework.context.MessageSource labels;
    private final org.gradphoto.portal.account.ExportAudit exports;

    public OfficeController(OfficeService office, org.springframework.context.MessageSource labels,
            org.gradphoto.portal.account.ExportAudit exports) {
        this.labels = labels;
        this.exports = exports;
        this.office = office;
    }

    @GetMapping("/office/applications")
    public String queue(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "status", required = false) AppStatus status,
            Model model) {
        model.addAttribute("rows", office.queue(user.accountId(), status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AppStatus.values());
        return "office/applications";
    }

    @GetMapping("/office/applications.xlsx")
    public ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "status", required = false) AppStatus status) {
        var list = office.queue(user.accountId(), status);
        exports.record(user.accountId(), Wording.of("export.applications"), list.size());
        return xlsx("applications.xlsx", office.export(list));
    }

    @GetMapping("/office/applications/{id}")
    public String application(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, Model model) {
        GraduationApplication a = office.application(user.accountId(), id);
        model.addAttribute("app", a);
        model.addAttribute("rules", ExemptionRules.load(a.getCandidate().getInstitution().getExemptionRules()));
        model.addAttribute("mine", OfficeService.actsOn(office.officeAccount(user.accountId())).contains(
                a.getReview().getStep()));
        return "office/application";
    }

    @PostMapping("/office/applications/{id}/decide")
    public String decide(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam("version") long version, @RequestParam("action") OfficeService.Action action,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes r) {
        try {
            office.decide(user.accountId(), id, version, action, reason);
            r.addFlashAttribute("notice", "office.notice." + action.name().toLowerCase(java.util.Locale.ROOT));
            return "redirect:/office/applications";
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
            return "redirect:/office/applications/" + id;
        }
    }

    @GetMapping("/office/merges")
    public String merges(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("merges", office.pendingMerges(user.accountId()));
        return "office/merges";
    }

    @GetMapping("/office/merges.xlsx")
    public ResponseEntity<byte[]> exportMerges(@AuthenticationPrincipal PortalUser user) {
        List<TicketMerge> list = office.pendingMerges(user.accountId());
        exports.record(user.accountId(), Wording.of("export.merges"), list.size());
        return xlsx("merges.xlsx", ExcelExport.write("准考证号合并", List.of("编号", "姓名", "证件号码", "合并的准考证号", "合并到", "申请时间"),
                list.stream().map(m -> List.of(String.valueOf(m.getId()), m.getFrom().getName(),
                        m.getFrom().getIdNumber(), m.getFrom().getNumber(),
                        m.getInto().getNumber(), m.getRequestedAt().atZone(GraduationService.ZONE).toLocalDate().toString())).toList()));
    }

    @PostMapping("/office/merges/{id}/decide")
    public String decideMerge(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam("version") long version, @RequestParam("approve") boolean approve,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes r) {
        return FlashActions.act(r, "/office/merges", () -> office.decideMerge(user.accountId(), id, version, approve, reason),
                approve ? "ticket.notice.merged" : "ticket.notice.refused");
    }

    @GetMapping("/office/prior-degrees")
    public String priors(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("priors", office.pendingPriorDegrees(user.accountId()));
        return "office/prior-degrees";
    }

    @GetMapping("/office/prior-degrees.xlsx")
    public ResponseEntity<byte[]> exportPriors(@AuthenticationPrincipal PortalUser user) {
        List<PriorDegree> list = office.pendingPriorDegrees(user.accountId());
        exports.record(user.accountId(), Wording.of("export.prior_degrees"), list.size());
        return xlsx("prior-degrees.xlsx", ExcelExport.write("前置学历", List.of("编号", "姓名", "证件号码", "类型", "毕业学校", "证书编号", "毕业日期"),
                list.stream().map(p -> List.of(String.valueOf(p.getId()), p.getCandidate().getName(), p.getCandidate().getIdNumber(),
                        labels.getMessage("prior.kind." + p.getKind().name(), null, java.util.Locale.SIMPLIFIED_CHINESE), p.getSchool(), p.getCertificateNumber(), p.getGraduatedOn().toString())).toList()));
    }

    @PostMapping("/office/prior-degrees/{id}/decide")
    public String decidePrior(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam("version") long version, @RequestParam("verify") boolean verify,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes r) {
        return FlashActions.act(r, "/office/prior-degrees", () -> office.decidePriorDegree(user.accountId(), id, version, verify, reason),
                verify ? "prior.notice.verified" : "prior.notice.rejected");
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] bytes) {
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString()).body(bytes);
    }
}
