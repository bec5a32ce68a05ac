package org.gradphoto.portal.collection.school;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.PortalTime;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.collection.CollectionCode;
import org.gradphoto.portal.collection.QrCode;
import org.gradphoto.portal.table.ExcelExport;
import org.gradphoto.portal.web.FlashActions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A school's collection codes: issued, revoked, as QR codes and as a sheet for a mail merge. */
@Controller
class SchoolCodesController {

    private final SchoolService schools;
    private final SchoolCodes codes;
    private final org.gradphoto.portal.print.PdfPages pdf;
    private final org.gradphoto.portal.account.ExportAudit exports;

    SchoolCodesController(SchoolService schools, SchoolCodes codes, org.gradphoto.portal.print.PdfPages pdf,
            org.gradphoto.portal.account.ExportAudit exports) {
        this.exports = exports;
        this.schools = schools;
        this.codes = codes;
        this.pdf = pdf;
    }

    /** One slip to cut out and hand to a student: the name half hidden, class, code, QR code, feature code, deadline. */
    public record Slip(String name, String className, String code, String qr, String expires) {
    }

    /** The usable codes (of one class, or all) as slips on A4 pages, ten to a page. */
    @GetMapping("/school/codes/slips.pdf")
    public ResponseEntity<byte[]> slips(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "className", required = false) String className, HttpServletRequest request) {
        Instant now = Instant.now();
        String onlyClass = className == null || className.isBlank() ? null : className.strip();
        List<Slip> slips = codes.codes(user.accountId()).stream().filter(c -> c.usable(now))
                .filter(c -> onlyClass == null || onlyClass.equals(c.getRecord().getClassName()))
                .map(c -> new Slip(halfHidden(c.getRecord().getName()), c.getRecord().getClassName() == null ? "" : c.getRecord().getClassName(),
                        c.getGrouped(), "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(
                                QrCode.png(collectLink(request, c), 200)),
                        LocalDateTime.ofInstant(c.getExpiresAt(), PortalTime.ZONE).toLocalDate().toString())).toList();
        var school = schools.school(user.accountId());
        exports.record(user.accountId(), Wording.of("export.code_slips"), slips.size());
        byte[] bytes = pdf.render("code-slips", java.util.Map.of("slips", slips, "school", school.getNameZh(),
                "featureCode", school.getFeatureCode() == null ? "—" : school.getFeatureCode(),
                "link", collectBase(request) + "/collect"));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename("collection-code-slips.pdf").build().toString())
                .body(bytes);
    }

    /** 王小明 → 王*明, 王明 → 王*, 欧阳小明 → 欧**明: enough for the student to find theirs, not for a stranger. */
    static String halfHidden(String name) {
        String n = name == null ? "" : name.strip();
        int[] cps = n.codePoints().toArray();
        if (cps.length <= 1) {
            return n;
        }
        StringBuilder b = new StringBuilder().appendCodePoint(cps[0]);
        int keepLast = cps.length > 2 ? 1 : 0;
        b.append("*".repeat(cps.length - 1 - keepLast));
        if (keepLast == 1) {
            b.appendCodePoint(cps[cps.length - 1]);
        }
        return b.toString();
    }

    @GetMapping("/school/codes")
    public String codes(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("codes", SchoolController.onePage(codes.codes(user.accountId()), page, model));
        model.addAttribute("school", schools.school(user.accountId()));
        model.addAttribute("classes", codes.classes(user.accountId()));
        model.addAttribute("now", Instant.now());
        return "school/codes";
    }

    @PostMapping("/school/codes")
    public String issueCodes(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "days", defaultValue = "" + SchoolCodes.DEFAULT_CODE_DAYS) int days,
            @RequestParam(name = "className", required = false) String className, RedirectAttributes r) {
        try {
            int n = codes.issueCodes(user.accountId(), days, className);
            r.addFlashAttribute("issued", n);
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/school/codes";
    }

    @PostMapping("/school/codes/{id}/revoke")
    public String revoke(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, RedirectAttributes r) {
        return FlashActions.act(r, "/school/codes", () -> codes.revokeCode(user.accountId(), id), "school.notice.revoked");
    }

    /** The code's link as a QR code, to print or send to the student. */
    @GetMapping("/school/codes/{id}/qr.png")
    public ResponseEntity<byte[]> qr(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, HttpServletRequest request) {
        return SchoolController.image("image/png", QrCode.png(collectLink(request, codes.code(user.accountId(), id)), 240));
    }

    /** Every usable code with its holder (the full ID number, to match other lists; audited) and link, for a mail merge. */
    @GetMapping("/school/codes.xlsx")
    public ResponseEntity<byte[]> codesSheet(@AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        Instant now = Instant.now();
        List<List<String>> rows = codes.codes(user.accountId()).stream().filter(c -> c.usable(now)).map(c -> List.of(
                c.getRecord().getSchoolCode(), c.getRecord().getStudentNumber(), c.getRecord().getName(), c.getRecord().getIdNumber(),
                c.getRecord().getMajor(),
                c.getRecord().getClassName() == null ? "" : c.getRecord().getClassName(), c.getGrouped(),
                LocalDateTime.ofInstant(c.getExpiresAt(), PortalTime.ZONE).toLocalDate().toString(), collectLink(request, c))).toList();
        exports.record(user.accountId(), Wording.of("export.codes"), rows.size());
        return ResponseEntity.ok().contentType(SchoolController.XLSX)
                .header("Content-Disposition", ContentDisposition.attachment().filename("collection-codes.xlsx").build().toString())
                .body(ExcelExport.write("采集码", List.of("院校代码", "学号", "姓名", "证件号码", "专业", "班级", "采集码", "有效期至", "链接"), rows));
    }

    static String collectLink(HttpServletRequest request, CollectionCode c) {
        return collectBase(request) + "/collect?code=" + c.getCode();
    }

    private static String collectBase(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }
}
