package org.gradphoto.portal.graduation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.decision.OfficeDecision;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.exemption.ExemptionRule;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.exemption.Qualification;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.reference.PlanCourse;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.ExamTicket;

/**
 * A candidate's application to graduate in a major in a round (seed 002): every course of the plan met by a pass,
 * an exemption (a declared qualification, a rule of the province's regulation, evidence) or a substitution;
 * contact details; for nursing 本科 the internship appraisal. Saving it complete makes it 已受理 and locks the
 * major; then each review step is taken by its role, and any may return it with a reason or hold it for a
 * registration anomaly. Every change is a method here that refuses what the current status does not allow, and
 * every move of the review chain is written to the audit trail.
 */
@Entity
@Table(name = "graduation_application")
public class GraduationApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private Account candidate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private ExamRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "major_id")
    private Major major;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private ExamTicket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppStatus status = AppStatus.DRAFT;

    /** Null until the candidate gives them. */
    @Embedded
    private ContactDetails contact;

    /** Declared qualifications, their codes separated by '|'. */
    @Column(nullable = false)
    private String qualifications = "";

    @ManyToOne
    @JoinColumn(name = "internship_key")
    private StoredFile internship;

    @ManyToOne
    @JoinColumn(name = "prior_degree_id")
    private org.gradphoto.portal.graduation.prior.PriorDegree priorDegree;

    @Column(name = "combined_with_zhuanke", nullable = false)
    private boolean combinedWithZhuanke;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_status")
    private AppStatus heldStatus;

    @Column(name = "hold_reason")
    private String holdReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "returned_from")
    private AppStatus returnedFrom;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ApplicationItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("decision.decidedAt")
    private List<ApplicationDecision> decisions = new ArrayList<>();

    @Version
    private long version;

    protected GraduationApplication() {
    }

    /** A draft for a major, with the results that count under the chosen (active, own) ticket. */
    public GraduationApplication(Account candidate, ExamRound round, Major major, ExamTicket ticket,
            List<CourseResult> results, Instant now) {
        if (candidate.getRole() != Role.CANDIDATE) {
            throw new IllegalArgumentException("only candidates apply");
        }
        if (!ticket.getIdNumber().equals(candidate.getIdNumber())) {
            throw new RefusedException("ticket.error.not_yours");
        }
        if (!ticket.isActive()) {
            throw new RefusedException("ticket.error.merged");
        }
        if (!round.acceptsApplications(now)) {
            throw new RefusedException("application.error.deadline");
        }
        this.candidate = candidate;
        this.round = round;
        this.major = major;
        this.ticket = ticket;
        this.updatedAt = now;
        int seq = 0;
        for (PlanCourse c : major.getCourses().stream().sorted(java.util.Comparator.comparing(PlanCourse::getCourseCode)).toList()) {
            items.add(new ApplicationItem(this, seq++, c.asCourse()));
        }
        refreshResults(results);
    }

    /** Courses passed since (results imported later) become PASSED; a pass replaces an exemption or substitution. */
    public void refreshResults(List<CourseResult> results) {
        Map<String, CourseResult> passed = passedByCode(results);
        for (ApplicationItem i : items) {
            CourseResult r = passed.get(i.getCourseCode());
            if (r != null && (status.editable() || i.getResolution() == Resolution.MISSING)) {
                i.passed(r.getScore());
            } else if (r == null && i.getResolution() == Resolution.PASSED && status.editable()) {
                i.clear();
            }
        }
    }

    private static Map<String, CourseResult> passedByCode(List<CourseResult> results) {
        return results.stream().filter(CourseResult::isPassed)
                .collect(Collectors.toMap(CourseResult::getCourseCode, Function.identity(), (a, b) -> a));
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new RefusedException("application.error.locked");
        }
    }

    private ApplicationItem item(String courseCode) {
        return items.stream().filter(i -> i.getCourseCode().equals(courseCode)).findFirst()
                .orElseThrow(() -> new RefusedException("application.error.no_course"));
    }

    /** What the candidate holds that may exempt courses (each checked against the rules when used). */
    public void declareQualifications(List<Qualification> held) {
        requireEditable();
        Set<String> codes = new LinkedHashSet<>();
        held.forEach(q -> codes.add(q.code()));
        String joined = String.join("|", codes);
        if (joined.length() > 2000) {
            throw new RefusedException("application.error.too_many_qualifications");
        }
        // an exemption resting on a qualification no longer declared falls away
        for (ApplicationItem i : items) {
            if (i.getResolution() == Resolution.EXEMPTED && !codes.contains(i.getQualification())) {
                i.clear();
            }
        }
        qualifications = joined;
    }

    public List<Qualification> declaredQualifications() {
        return qualifications.isEmpty() ? List.of()
                : Arrays.stream(qualifications.split("\\|")).map(Qualification::parse).toList();
    }

    /** 免考: the course by a declared qualification, by the first rule of the regulation that allows it. */
    public ExemptionRule exempt(String courseCode, Qualification q, ExemptionRules rules, StoredFile evidence) {
        requireEditable();
        ApplicationItem i = item(courseCode);
        if (i.getResolution() == Resolution.PASSED) {
            throw new RefusedException("application.error.already_passed");
        }
        if (!declaredQualifications().contains(q)) {
            throw new RefusedException("application.error.undeclared");
        }
        if (evidence == null) {
            throw new RefusedException("application.error.evidence");
        }
        List<ExemptionRule> allowing = rules.exempting(q, i.course(), major.getLevel(), major.getCategory());
        if (allowing.isEmpty()) {
            throw new RefusedException("application.error.not_exempt");
        }
        ExemptionRule rule = allowing.get(0);
        i.exempted(q.code(), rule.id(), rule.article(), evidence);
        return rule;
    }

    /** 替代课程: the course by a passed course that the substitution table allows for it. */
    public void substitute(String courseCode, Substitution s, List<CourseResult> results) {
        requireEditable();
        ApplicationItem i = item(courseCode);
        if (i.getResolution() == Resolution.PASSED) {
            throw new RefusedException("application.error.already_passed");
        }
        if (!s.getCourseCode().equals(courseCode) || s.getMajor() != null && !s.getMajor().getId().equals(major.getId())) {
            throw new RefusedException("application.error.not_substitute");
        }
        CourseResult r = passedByCode(results).get(s.getSubstituteCode());
        if (r == null) {
            throw new RefusedException("application.error.substitute_not_passed");
        }
        boolean usedElsewhere = items.stream().anyMatch(o -> o != i && s.getSubstituteCode().equals(o.getSubstituteCode()));
        if (usedElsewhere || items.stream().anyMatch(o -> o.getCourseCode().equals(s.getSubstituteCode()))) {
            // one passed course stands in for one required course, and never for itself
            throw new RefusedException("application.error.substitute_used");
        }
        i.substituted(s.getSubstituteCode(), s.getSubstituteName(), r.getScore());
    }

    /** Takes back an exemption or a substitution. */
    public void undo(String courseCode) {
        requireEditable();
        ApplicationItem i = item(courseCode);
        if (i.getResolution() == Resolution.EXEMPTED || i.getResolution() == Resolution.SUBSTITUTED) {
            i.clear();
        }
    }

    /** Contact details stay editable after submission (until the certificate is collected). */
    public void updateContact(String phone, String address, String email, String remarks, Instant now) {
        if (status == AppStatus.COLLECTED || status == AppStatus.LAPSED) {
            throw new RefusedException("application.error.locked");
        }
        this.contact = new ContactDetails(phone, address, email, remarks);
        this.updatedAt = now;
    }

    public void attachInternship(StoredFile appraisal) {
        requireEditable();
        this.internship = appraisal;
    }

    /** Uses this prior degree record (本科); or marks the application as combined with a 专科 one of the round. */
    public void usePriorDegree(org.gradphoto.portal.graduation.prior.PriorDegree degree, boolean combined) {
        requireEditable();
        this.priorDegree = degree;
        this.combinedWithZhuanke = combined;
    }

    /** Everything still missing before the application can be saved, empty when it is complete. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        for (ApplicationItem i : items) {
            if (!i.met()) {
                p.add(Problem.of("application.problem.course", i.getCourseCode(), i.getCourseName()));
            }
        }
        int credits = credits();
        if (credits < major.getMinCredits()) {
            p.add(Problem.of("application.problem.credits", credits, major.getMinCredits()));
        }
        if (contact == null) {
            p.add(Problem.of("application.problem.contact"));
        }
        if (major.isInternshipRequired() && internship == null) {
            p.add(Problem.of("application.problem.internship"));
        }
        return p;
    }

    /** Credits of the courses met. */
    public int credits() {
        return items.stream().filter(ApplicationItem::met).mapToInt(ApplicationItem::getCredits).sum();
    }

    /**
     * Saves the application: 已受理. Refused when incomplete, after the round's deadline, without an approved
     * photo, for a major already graduated in, or when the prior degree does not allow it (a message key).
     */
    public void submit(Instant now, boolean photoApproved, boolean alreadyGraduated, Optional<String> priorProblem) {
        requireEditable();
        if (!round.acceptsApplications(now)) {
            throw new RefusedException("application.error.deadline");
        }
        if (!photoApproved) {
            throw new RefusedException("application.error.photo");
        }
        if (alreadyGraduated) {
            throw new RefusedException("application.error.graduated");
        }
        if (!problems().isEmpty()) {
            throw new RefusedException("application.error.incomplete");
        }
        if (major.getLevel() == Level.BENKE && priorProblem.isPresent()) {
            throw new RefusedException(priorProblem.get());
        }
        submittedAt = now;
        returnedFrom = null;
        returnReason = null;
        moveTo(AppStatus.ACCEPTED, candidate, now, null);
    }

    /** The step of the current status, taken by its role: to the next status. */
    public void advance(Account actor, Instant now) {
        requireActor(actor);
        moveTo(status.next(), actor, now, null);
    }

    /** Back to the candidate with a reason; they correct it and save again, and the chain starts over. */
    public void returnToCandidate(Account actor, String reason, Instant now) {
        requireActor(actor);
        if (!status.underReview()) {
            throw new RefusedException("application.error.not_returnable");
        }
        String why = OfficeDecision.requiredReason(reason);
        returnedFrom = status;
        returnReason = why;
        moveTo(AppStatus.RETURNED, actor, now, why);
    }

    /** A registration anomaly (e.g. the prior degree): held where it is until resolved. */
    public void hold(Account actor, String reason, Instant now) {
        requireActor(actor);
        if (!status.underReview()) {
            throw new RefusedException("application.error.not_holdable");
        }
        String why = OfficeDecision.requiredReason(reason);
        heldStatus = status;
        holdReason = why;
        moveTo(AppStatus.HELD, actor, now, why);
    }

    /** The anomaly is resolved: back to the step where it was held, by that step's role. */
    public void resolveHold(Account actor, String note, Instant now) {
        if (status != AppStatus.HELD) {
            throw new RefusedException("application.error.not_held");
        }
        requireActorFor(heldStatus, actor);
        AppStatus back = heldStatus;
        heldStatus = null;
        holdReason = null;
        moveTo(back, actor, now, note == null || note.isBlank() ? null : note.strip());
    }

    /** A fresh graduate's diploma was not verified in time: the application lapses (actor null: the system). */
    public void lapse(Account actor, Instant now) {
        if (status == AppStatus.LAPSED || status.graduated()) {
            throw new RefusedException("application.error.not_lapsable");
        }
        moveTo(AppStatus.LAPSED, actor, now, "prior.error.lapsed");
    }

    /** Every change of status goes through here: the new status, and the decision that records it. */
    private void moveTo(AppStatus to, Account actor, Instant now, String why) {
        decisions.add(new ApplicationDecision(this, status, to, actor, now, why));
        status = to;
        updatedAt = now;
    }

    private void requireActor(Account actor) {
        if (status.actor() == null) {
            throw new RefusedException(status == AppStatus.COLLECTED || status == AppStatus.LAPSED
                    ? "review.error.already_decided" : "application.error.not_under_review");
        }
        requireActorFor(status, actor);
    }

    private void requireActorFor(AppStatus s, Account actor) {
        boolean ok = switch (s.actor()) {
            case CITY -> actor.getRole() == Role.REVIEWER && actor.mayReview(candidate);
            case PROVINCE -> actor.getRole() == Role.PROVINCE;
        };
        if (!ok) {
            throw new RefusedException("application.error.not_your_step");
        }
    }

    public Long getId() {
        return id;
    }

    public Account getCandidate() {
        return candidate;
    }

    public ExamRound getRound() {
        return round;
    }

    public Major getMajor() {
        return major;
    }

    public ExamTicket getTicket() {
        return ticket;
    }

    public AppStatus getStatus() {
        return status;
    }

    public String getPhone() {
        return contact == null ? null : contact.getPhone();
    }

    public String getAddress() {
        return contact == null ? null : contact.getAddress();
    }

    public String getEmail() {
        return contact == null ? null : contact.getEmail();
    }

    public String getRemarks() {
        return contact == null ? null : contact.getRemarks();
    }

    public StoredFile getInternship() {
        return internship;
    }

    public org.gradphoto.portal.graduation.prior.PriorDegree getPriorDegree() {
        return priorDegree;
    }

    public boolean isCombinedWithZhuanke() {
        return combinedWithZhuanke;
    }

    public AppStatus getHeldStatus() {
        return heldStatus;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public AppStatus getReturnedFrom() {
        return returnedFrom;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ApplicationItem> getItems() {
        return items;
    }

    public List<ApplicationDecision> getDecisions() {
        return decisions;
    }

    public long getVersion() {
        return version;
    }
}
