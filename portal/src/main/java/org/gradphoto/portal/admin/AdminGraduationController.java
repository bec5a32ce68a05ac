package org.gradphoto.portal.admin;

import java.io.IOException;
import java.time.LocalDateTime;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.reference.ImportKind;
import org.gradphoto.portal.graduation.reference.ImportReport;
import org.gradphoto.portal.graduation.reference.MajorRepository;
import org.gradphoto.portal.graduation.reference.ReferenceImport;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.round.ExamRoundRepository;
import org.gradphoto.portal.table.ExcelExport;
import org.gradphoto.portal.web.FlashActions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
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

/** The admin's graduation page: rounds, reference data imports (with their reports), rules, provincial reviewers. */
@Controller
class AdminGraduationController {

    private final AdminService admin;
    private final ReferenceImport imports;
    private final ExamRoundRepository rounds;
    private final MajorRepository majors;
    private final InstitutionRepository institutions;
    private final AccountRepository accounts;

    public AdminGraduationController(AdminService admin, ReferenceImport imports, ExamRoundRepository rounds,
            MajorRepository majors, InstitutionRepository institutions, AccountRepository accounts) {
        this.admin = admin;
        this.imports = imports;
        this.rounds = rounds;
        this.majors = majors;
        this.institutions = institutions;
        this.accounts = accounts;
    }

    @GetMapping("/admin/graduation")
    public String page(Model model) {
        model.addAttribute("rounds", rounds.findAllByOrderByYearDescHalfDesc());
        model.addAttribute("majors", majors.findAllByOrderByLevelAscCodeAsc());
        model.addAttribute("institutions", institutions.findAllByOrderByCityZhAscCodeAsc());
        model.addAttribute("ruleSets", ExemptionRules.BUILTIN);
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("halves", ExamRound.Half.values());
        model.addAttribute("provincials", accounts.findByRoleOrderByUsername(Role.PROVINCE));
        return "admin/graduation";
    }

    @PostMapping("/admin/graduation/rounds")
    public String round(@RequestParam("year") int year, @RequestParam("half") ExamRound.Half half,
            @RequestParam(name = "photoDeadline", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime photo,
            @RequestParam(name = "applicationDeadline", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime app,
            RedirectAttributes r) {
        return FlashActions.act(r, "/admin/graduation", () -> admin.addRound(year, half, photo, app), "admin.notice.saved");
    }

    @PostMapping("/admin/graduation/import")
    public String importFile(@RequestParam("kind") ImportKind kind, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes r) throws IOException {
        try {
            ImportReport report = imports.importFile(kind, file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename());
            r.addFlashAttribute("report", report);
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/graduation";
    }

    /** An empty template for each kind of import, with its headers. */
    @GetMapping("/admin/graduation/templates/{kind}.xlsx")
    public ResponseEntity<byte[]> template(@PathVariable("kind") ImportKind kind) {
        byte[] bytes = ExcelExport.write(kind.zh(), kind.templateHeaders(), java.util.List.of());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", ContentDisposition.attachment().filename(kind.name().toLowerCase() + ".xlsx").build().toString())
                .body(bytes);
    }

    @PostMapping("/admin/graduation/institutions/{id}/rules")
    public String rules(@PathVariable("id") Long id, @RequestParam("rules") String rules, RedirectAttributes r) {
        return FlashActions.act(r, "/admin/graduation", () -> admin.useExemptionRules(id, rules), "admin.notice.saved");
    }

    @PostMapping("/admin/graduation/provincials")
    public String provincial(@RequestParam("username") String username, @RequestParam("name") String name,
            @RequestParam("password") String password, RedirectAttributes r) {
        return FlashActions.act(r, "/admin/graduation", () -> admin.addProvincialReviewer(username, name, password), "admin.notice.saved");
    }

}
