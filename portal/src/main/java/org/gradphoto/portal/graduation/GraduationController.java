package org.gradphoto.portal.graduation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.exemption.Qualification;
import org.gradphoto.portal.graduation.gradform.GraduateFormService;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.prior.PriorDegreeService;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.gradphoto.portal.graduation.ticket.TicketService;
import org.gradphoto.portal.web.FlashActions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The candidate's graduation pages: tickets, prior degree, applications, the registration form. */
@Controller
class GraduationController {

    /** The review chain as the candidate sees it, in order. */
    static final List<AppStatus> CHAIN = List.of(AppStatus.ACCEPTED, AppStatus.CITY_APPROVED, AppStatus.JOINT_APPROVED,
            AppStatus.MOE_APPROVED, AppStatus.CHSI_VERIFIED, AppStatus.REGISTERED, AppStatus.CERTIFICATE_READY, AppStatus.COLLECTED);

    private final GraduationService graduation;
    private final TicketService tickets;
    private final PriorDegreeService priors;
    private final GraduateFormService forms;

    public GraduationController(GraduationService graduation, TicketService tickets, PriorDegreeService priors,
            GraduateFormService forms) {
        this.graduation = graduation;
        this.tickets = tickets;
        this.priors = priors;
        this.forms = forms;
    }

    @GetMapping("/me/graduation")
    public String overview(@AuthenticationPrincipal PortalUser user, Model model) {
        List<ExamTicket> mine = tickets.tickets(user.accountId());
        Map<Long, List<CourseResult>> results = new LinkedHashMap<>();
        mine.stream().filter(ExamTicket::isActive).forEach(t -> results.put(t.getId(), tickets.results(t)));
        model.addAttribute("tickets", mine);
        model.addAttribute("results", results);
        model.addAttribute("merges", tickets.merges(user.accountId()));
        model.addAttribute("prior", priors.priorDegree(user.accountId()).orElse(null));
        model.addAttribute("rounds", graduation.openRounds());
        model.addAttribute("majors", graduation.majors());
        model.addAttribute("applications", graduation.applications(user.accountId()));
        model.addAttribute("priorKinds", PriorDegree.Kind.values());
        return "graduation/index";
    }

    @PostMapping("/me/graduation/merges")
    public String merge(@AuthenticationPrincipal PortalUser user, @RequestParam("from") Long from, @RequestParam("into") Long into,
            RedirectAttributes r) {
        return FlashActions.act(r, "/me/graduation", () -> tickets.requestMerge(user.accountId(), from, into), "ticket.notice.requested");
    }

    @PostMapping("/me/graduation/prior-degree")
    public String prior(@AuthenticationPrincipal PortalUser user, @RequestParam("kind") PriorDegree.Kind kind,
            @RequestParam("school") String school, @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "graduatedOn", required = false) String graduatedOn,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes r) throws IOException {
        byte[] bytes = file == null ? null : file.getBytes();
        LocalDate on;
        try {
            on = LocalDate.parse(graduatedOn == null ? "" : graduatedOn.strip().replace('/', '-').replace('.', '-'));
        } catch (java.time.format.DateTimeParseException e) {
            r.addFlashAttribute("error", "prior.error.date");
            return "redirect:/me/graduation";
        }
        return FlashActions.act(r, "/me/graduation", () -> priors.recordPriorDegree(user.accountId(), kind, school, number, on, bytes),
                "prior.notice.recorded");
    }

    @PostMapping("/me/graduation/applications")
    public String start(@AuthenticationPrincipal PortalUser user, @RequestParam("round") Long round,
            @RequestParam("major") Long major, @RequestParam("ticket") Long ticket, RedirectAttributes r) {
        try {
            GraduationApplication a = graduation.start(user.accountId(), round, major, ticket);
            return "redirect:/me/graduation/applications/" + a.getId();
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
            return "redirect:/me/graduation";
        }
    }

    @GetMapping("/me/graduation/applications/{id}")
    public String application(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, Model model) {
        GraduationApplication a = graduation.application(user.accountId(), id);
        ExemptionRules rules = ExemptionRules.load(a.getCandidate().getInstitution().getExemptionRules());
        List<Qualification> held = a.declaredQualifications();
        Map<String, List<ExemptionRules.Suggestion>> suggestions = new LinkedHashMap<>();
        Map<String, List<Substitution>> substitutes = new LinkedHashMap<>();
        for (ApplicationItem i : a.getItems()) {
            if (i.getResolution() != Resolution.PASSED) {
                suggestions.put(i.getCourseCode(), rules.suggest(held, List.of(new org.gradphoto.portal.graduation.exemption.Course(
                        i.getCourseCode(), i.getCourseName(), i.getCredits(), i.isPublicBasic())), a.getMajor().getLevel(),
                        a.getMajor().getCategory()));
                substitutes.put(i.getCourseCode(), graduation.substitutesFor(a, i.getCourseCode()));
            }
        }
        model.addAttribute("app", a);
        model.addAttribute("rules", rules);
        model.addAttribute("held", held);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("substitutes", substitutes);
        model.addAttribute("problems", graduation.blockers(user.accountId(), id));
        model.addAttribute("form", forms.form(user.accountId(), id).orElse(null));
        model.addAttribute("steps", CHAIN);
        AppStatus at = a.getReview().getStep();
        model.addAttribute("stepIndex", CHAIN.indexOf(at));
        return "graduation/application";
    }

    /**
     * The declared qualifications: those kept (ticked) and one added from its parts (kind, level, subject, grade),
     * composed into its code here.
     */
    @PostMapping("/me/graduation/applications/{id}/qualifications")
    public String qualifications(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam(name = "have", required = false) List<String> have,
            @RequestParam(name = "kind", required = false) String kind, @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "subject", required = false) String subject, @RequestParam(name = "grade", required = false) String grade,
            RedirectAttributes r) {
        List<String> codes = new ArrayList<>(have == null ? List.of() : have);
        if (kind != null && !kind.isBlank()) {
            String s = subject == null ? "" : subject.strip();
            String g = grade == null ? "" : grade.strip();
            codes.add(switch (kind) {
                case "DEGREE", "PRIOR_COURSE" -> kind + ":" + level + ":" + s;
                case "SELF_STUDY_COURSE" -> kind + ":" + s + ":" + g;
                case "NCRE" -> kind + ":" + g + (s.isEmpty() ? "" : ":" + s);
                default -> kind + ":" + g;
            });
        }
        return FlashActions.act(r, back(id), () -> graduation.declareQualifications(user.accountId(), id, codes), "application.notice.saved");
    }

    @PostMapping("/me/graduation/applications/{id}/items/{code}/exempt")
    public String exempt(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @PathVariable("code") String code,
            @RequestParam(name = "qualification", required = false) String qualification,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes r) throws IOException {
        byte[] bytes = file == null ? null : file.getBytes();
        return FlashActions.act(r, back(id), () -> graduation.exempt(user.accountId(), id, code, qualification, bytes), "application.notice.exempted");
    }

    @PostMapping("/me/graduation/applications/{id}/items/{code}/substitute")
    public String substitute(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @PathVariable("code") String code,
            @RequestParam(name = "substitution", required = false) Long substitution, RedirectAttributes r) {
        return FlashActions.act(r, back(id), () -> graduation.substitute(user.accountId(), id, code, substitution), "application.notice.substituted");
    }

    @PostMapping("/me/graduation/applications/{id}/items/{code}/undo")
    public String undo(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @PathVariable("code") String code,
            RedirectAttributes r) {
        return FlashActions.act(r, back(id), () -> graduation.undo(user.accountId(), id, code), "application.notice.saved");
    }

    @PostMapping("/me/graduation/applications/{id}/contact")
    public String contact(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @RequestParam("phone") String phone,
            @RequestParam("address") String address, @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "remarks", required = false) String remarks, RedirectAttributes r) {
        return FlashActions.act(r, back(id), () -> graduation.updateContact(user.accountId(), id, phone, address, email, remarks),
                "application.notice.saved");
    }

    @PostMapping("/me/graduation/applications/{id}/internship")
    public String internship(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes r) throws IOException {
        byte[] bytes = file == null ? null : file.getBytes();
        return FlashActions.act(r, back(id), () -> graduation.attachInternship(user.accountId(), id, bytes), "application.notice.saved");
    }

    @PostMapping("/me/graduation/applications/{id}/submit")
    public String submit(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, RedirectAttributes r) {
        return FlashActions.act(r, back(id), () -> graduation.submit(user.accountId(), id), "application.notice.submitted");
    }

    private static String back(Long id) {
        return "/me/graduation/applications/" + id;
    }
}
