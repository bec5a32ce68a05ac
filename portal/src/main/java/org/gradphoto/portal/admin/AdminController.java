package org.gradphoto.portal.admin;

import java.time.LocalDateTime;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.AdminPasswordReset;
import org.gradphoto.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.photo.DeadlineRepository;
import org.gradphoto.portal.web.FlashActions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One page for the admin: institutions and their profiles, reviewers, the photo deadline, locked accounts. */
@Controller
class AdminController {

    private final AdminService admin;
    private final InstitutionRepository institutions;
    private final AccountRepository accounts;
    private final DeadlineRepository deadlines;
    private final AdminPasswordReset passwords;
    private final org.gradphoto.portal.account.ExportAudit exportAudit;
    private final org.gradphoto.portal.photo.PhotoService photos;
    private final org.gradphoto.portal.print.PhotoSheet sheet;

    public AdminController(AdminService admin, InstitutionRepository institutions, AccountRepository accounts,
            DeadlineRepository deadlines, AdminPasswordReset passwords, org.gradphoto.portal.account.ExportAudit exportAudit,
            org.gradphoto.portal.photo.PhotoService photos, org.gradphoto.portal.print.PhotoSheet sheet) {
        this.exportAudit = exportAudit;
        this.photos = photos;
        this.sheet = sheet;
        this.admin = admin;
        this.passwords = passwords;
        this.institutions = institutions;
        this.accounts = accounts;
        this.deadlines = deadlines;
    }

    @GetMapping("/admin")
    public String page(Model model) {
        model.addAttribute("institutions", institutions.findAllByOrderByCityZhAscCodeAsc());
        model.addAttribute("reviewers", accounts.findByRoleOrderByUsername(Role.REVIEWER));
        model.addAttribute("schoolAdmins", accounts.findByRoleOrderByUsername(Role.SCHOOL));
        model.addAttribute("profiles", Profiles.BUILTIN.stream().map(Profiles::get).toList());
        model.addAttribute("slowed", admin.slowedLogins());
        model.addAttribute("exports", exportAudit.latest());
        var closes = deadlines.uploadWindow().closesAt();
        model.addAttribute("deadline", closes == null ? null : LocalDateTime.ofInstant(closes, AdminService.ZONE));
        return "admin/index";
    }

    @PostMapping("/admin/institutions")
    public String addInstitution(@RequestParam("code") String code, @RequestParam("nameZh") String nameZh,
            @RequestParam("nameEn") String nameEn, @RequestParam("cityZh") String cityZh,
            @RequestParam("cityEn") String cityEn, @RequestParam("profile") String profile, RedirectAttributes r) {
        return FlashActions.act(r, "/admin", () -> admin.addInstitution(code, nameZh, nameEn, cityZh, cityEn, profile), "admin.notice.saved");
    }

    @PostMapping("/admin/institutions/{id}/profile")
    public String useProfile(@PathVariable("id") Long id, @RequestParam("profile") String profile, RedirectAttributes r) {
        return FlashActions.act(r, "/admin", () -> admin.useProfile(id, profile), "admin.notice.saved");
    }

    @PostMapping("/admin/reviewers")
    public String addReviewer(@RequestParam("username") String username, @RequestParam("name") String name,
            @RequestParam("password") String password,
            @RequestParam(name = "institution", required = false) Long institution,
            @RequestParam(name = "city", required = false) String city, RedirectAttributes r) {
        return FlashActions.act(r, "/admin", () -> admin.addReviewer(username, name, password, institution, city), "admin.notice.saved");
    }

    @PostMapping("/admin/school-admins")
    public String addSchoolAdmin(@RequestParam("username") String username, @RequestParam("name") String name,
            @RequestParam("password") String password, @RequestParam(name = "institution", required = false) Long institution,
            RedirectAttributes r) {
        return FlashActions.act(r, "/admin", () -> admin.addSchoolAdmin(username, name, password, institution), "admin.notice.saved");
    }

    @PostMapping("/admin/branches")
    public String branchOf(@RequestParam("branch") Long branch, @RequestParam("main") Long main, RedirectAttributes r) {
        return FlashActions.act(r, "/admin", () -> admin.branchOf(branch, main), "admin.notice.saved");
    }

    @PostMapping("/admin/deadline")
    public String deadline(@RequestParam(name = "closesAt", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt, RedirectAttributes r) {
        return FlashActions.act(r, "/admin", () -> admin.setPhotoDeadline(closesAt), "admin.notice.saved");
    }

    /** 背胶照片 of one institution's approved candidates at its profile's print size. */
    @GetMapping("/admin/photos/sheet.pdf")
    public org.springframework.http.ResponseEntity<byte[]> photoSheet(@AuthenticationPrincipal PortalUser user,
            @RequestParam("institution") Long institutionId, @RequestParam(name = "part", defaultValue = "1") int part) {
        var inst = institutions.findById(institutionId).orElseThrow(org.gradphoto.portal.NotFoundException::new);
        var prints = photos.approvedPrints(institutionId, part);
        exportAudit.record(user.accountId(), Wording.of("export.photo_sheet_of", inst.getNameZh(), inst.getNameEn()), prints.prints().size());
        byte[] bytes = sheet.render(prints.prints(), inst.getNameZh(), org.gradphoto.engine.profile.Profiles.get(inst.getProfileId()).print(),
                prints.part(), org.gradphoto.portal.print.PhotoSheet.nextPartLink(prints.part()));
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.springframework.http.ContentDisposition.inline().filename("photo-sheet.pdf").build().toString())
                .body(bytes);
    }

    /** The temporary password is shown once, on the page the reset leads to, and kept nowhere else. */
    @PostMapping("/admin/accounts/reset")
    public String resetPassword(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "username", required = false) String username,
            RedirectAttributes r) {
        try {
            AdminPasswordReset.Temporary t = passwords.reset(user.accountId(), username);
            admin.clearLoginWait(username.strip());
            r.addFlashAttribute("resetName", t.shownName());
            r.addFlashAttribute("resetPassword", t.password());
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin#reset";
    }

    @PostMapping("/admin/logins/clear")
    public String clearLoginWait(@RequestParam("handle") String handle, RedirectAttributes r) {
        return FlashActions.act(r, "/admin", () -> admin.clearLoginWaitByHandle(handle), "admin.notice.login_cleared");
    }

}
