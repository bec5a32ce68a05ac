package org.gradphoto.portal.graduation.gradform;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.graduation.Problem;
import org.springframework.http.ContentDisposition;
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

/** The registration form page: five resume lines, self-evaluation, appraisal; every problem shown; the PDF. */
@Controller
class GraduateFormController {

    private final GraduateFormService forms;

    public GraduateFormController(GraduateFormService forms) {
        this.forms = forms;
    }

    @GetMapping("/me/graduation/applications/{id}/form")
    public String page(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, Model model) {
        GraduateForm f = forms.form(user.accountId(), id).orElse(null);
        List<String[]> rows = new ArrayList<>();
        if (f != null) {
            f.getEntries().forEach(e -> rows.add(new String[] {e.getFromMonth(), e.getToMonth() == null ? "" : e.getToMonth(),
                e.getPlace(), e.getRole()}));
        }
        while (rows.size() < GraduateForm.MAX_LINES) {
            rows.add(new String[] {"", "", "", ""});
        }
        if (!model.containsAttribute("rows")) {
            model.addAttribute("rows", rows);
            model.addAttribute("self", f == null ? "" : f.getSelfEvaluation());
            model.addAttribute("appraisal", f == null ? "" : f.getEmployerAppraisal());
        }
        model.addAttribute("appId", id);
        model.addAttribute("filled", f != null && f.isFilled());
        GraduateFormService.Personal fromId = forms.fromIdNumber(user.accountId(), id);
        PersonalDetails saved = f == null ? null : f.getPersonal();
        model.addAttribute("fromId", fromId);
        if (!model.containsAttribute("personal")) {
            model.addAttribute("personal", saved == null ? new GraduateFormService.Personal(null, null, null, null)
                    : new GraduateFormService.Personal(saved.getSex(), saved.getBirthMonth(), saved.getEthnicity(),
                            saved.getPoliticalStatus()));
        }
        model.addAttribute("sexes", PersonalDetails.SEXES);
        model.addAttribute("ethnicGroups", PersonalDetails.ETHNIC_GROUPS);
        model.addAttribute("politicalStatuses", PersonalDetails.POLITICAL_STATUSES);
        return "graduation/form";
    }

    @PostMapping("/me/graduation/applications/{id}/form")
    public String save(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam(name = "from", required = false) List<String> from, @RequestParam(name = "to", required = false) List<String> to,
            @RequestParam(name = "place", required = false) List<String> place, @RequestParam(name = "role", required = false) List<String> role,
            @RequestParam(name = "self", required = false) String self, @RequestParam(name = "appraisal", required = false) String appraisal,
            @RequestParam(name = "sex", required = false) String sex,
            @RequestParam(name = "birthMonth", required = false) String birthMonth,
            @RequestParam(name = "ethnicity", required = false) String ethnicity,
            @RequestParam(name = "politicalStatus", required = false) String politicalStatus, RedirectAttributes r) {
        GraduateFormService.Personal personal = new GraduateFormService.Personal(strip(sex), strip(birthMonth),
                strip(ethnicity), strip(politicalStatus));
        List<ResumeEntry.Line> lines = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int n = from == null ? 0 : from.size();
        for (int i = 0; i < n; i++) {
            String f = at(from, i);
            String t = at(to, i);
            String p = at(place, i);
            String ro = at(role, i);
            rows.add(new String[] {f, t, p, ro});
            if (f.isEmpty() && t.isEmpty() && p.isEmpty() && ro.isEmpty()) {
                continue;
            }
            try {
                lines.add(new ResumeEntry.Line(YearMonth.parse(f), t.isEmpty() ? null : YearMonth.parse(t), p, ro));
            } catch (DateTimeParseException e) {
                problems.add(Problem.of("form.problem.month", lines.size() + 1));
            }
        }
        if (problems.isEmpty()) {
            problems = forms.save(user.accountId(), id, lines, self, appraisal, personal);
        }
        if (problems.isEmpty()) {
            r.addFlashAttribute("notice", "form.notice.saved");
        } else {
            r.addFlashAttribute("problems", problems);
            r.addFlashAttribute("rows", rows);
            r.addFlashAttribute("self", self);
            r.addFlashAttribute("appraisal", appraisal);
            r.addFlashAttribute("personal", personal);
        }
        return "redirect:/me/graduation/applications/" + id + "/form";
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    @GetMapping("/me/graduation/applications/{id}/form.pdf")
    public ResponseEntity<?> pdf(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id) {
        try {
            byte[] bytes = forms.pdf(user.accountId(), id);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", ContentDisposition.inline().filename("graduate-form-" + id + ".pdf").build().toString())
                    .body(bytes);
        } catch (RefusedException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body("请先填写并保存毕业生登记表 / fill in and save the registration form first");
        }
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).strip();
    }
}
