package org.gradphoto.portal.graduation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.util.List;
import java.util.function.Supplier;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.exemption.ExemptionRule;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.exemption.Qualification;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.ExamTicket;

/**
 * A candidate's application to graduate in a major in a round (seed 002): the plan's courses met ({@link
 * Coursework}), contact details, the prior degree. Saved complete it is 已受理 and the major is locked; then it moves
 * along the review chain ({@link ReviewState}), each move recorded as a decision. Every change is a method here
 * that refuses what the current status does not allow.
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

    @Embedded
    private ReviewState review = new ReviewState();

    /** Null until the candidate gives them. */
    @Embedded
    private ContactDetails contact;

    @Embedded
    private DeclaredQualifications qualifications = new DeclaredQualifications(List.of());

    @Embedded
    private PriorDegreeUse prior = new PriorDegreeUse(null, false);

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private Coursework coursework = new Coursework();

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
        ticket.requireUsableBy(candidate.getIdNumber());
        if (!round.acceptsApplications(now)) {
            throw new RefusedException("application.error.deadline");
        }
        this.candidate = candidate;
        this.round = round;
        this.major = major;
        this.ticket = ticket;
        this.updatedAt = now;
        this.coursework = new Coursework(this, major);
        refreshResults(results);
    }

    /** Courses passed since (results imported later) become PASSED; a pass replaces an exemption or substitution. */
    public void refreshResults(List<CourseResult> results) {
        coursework.refresh(results, review.getStatus().editable());
    }

    /** What the candidate holds that may exempt courses (each checked against the rules when used). */
    public void declareQualifications(List<Qualification> held) {
        review.requireEditable();
        qualifications = new DeclaredQualifications(held);
        coursework.dropExemptionsNotIn(qualifications.codes());
    }

    public List<Qualification> declaredQualifications() {
        return qualifications.list();
    }

    /** 免考: the course by a declared qualification, by the first rule of the regulation that allows it. */
    public ExemptionRule exempt(String courseCode, Qualification q, ExemptionRules rules, StoredFile evidence) {
        review.requireEditable();
        return coursework.exempt(courseCode, q, declaredQualifications(), rules, evidence, major);
    }

    /** 替代课程: the course by a passed course that the substitution table allows for it. */
    public void substitute(String courseCode, Substitution s, List<CourseResult> results) {
        review.requireEditable();
        coursework.substitute(courseCode, s, results, major);
    }

    /** Takes back an exemption or a substitution. */
    public void undo(String courseCode) {
        review.requireEditable();
        coursework.undo(courseCode);
    }

    /** Contact details stay editable after submission (until the certificate is collected). */
    public void updateContact(String phone, String address, String email, String remarks, Instant now) {
        if (review.getStatus() == AppStatus.COLLECTED || review.getStatus() == AppStatus.LAPSED) {
            throw new RefusedException("application.error.locked");
        }
        this.contact = new ContactDetails(phone, address, email, remarks);
        this.updatedAt = now;
    }

    public void attachInternship(StoredFile appraisal) {
        review.requireEditable();
        coursework.attachInternship(appraisal);
    }

    /** Uses this prior degree record (本科); or marks the application as combined with a 专科 one of the round. */
    public void usePriorDegree(PriorDegree degree, boolean combined) {
        review.requireEditable();
        this.prior = new PriorDegreeUse(degree, combined);
    }

    /** Everything still missing before the application can be saved, empty when it is complete. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>(coursework.unmet(major));
        if (contact == null) {
            p.add(Problem.of("application.problem.contact"));
        }
        return p;
    }

    /** Credits of the courses met. */
    public int credits() {
        return coursework.credits();
    }

    /** Saves the application: 已受理. Refused with the first of the check's blockers (a message key). */
    public void submit(Instant now, SubmissionCheck check) {
        review.requireEditable();
        List<Problem> blockers = check.blockers(this, now);
        if (!blockers.isEmpty()) {
            throw new RefusedException(SubmissionCheck.refusal(blockers.get(0)));
        }
        submittedAt = now;
        move(candidate, now, review::accept);
    }

    /** The step of the current status, taken by its role: to the next status. */
    public void advance(Account actor, Instant now) {
        if (waitsForPriorDegree()) {
            throw new org.gradphoto.portal.RefusedException("app.error.prior_unverified");
        }
        move(actor, now, () -> review.advance(actor, candidate));
    }

    /**
     * 市级初审 rests on the prior degree: while the diploma the application uses is not verified (待核验 or refused),
     * the city office may not pass it (it may return or hold it). A fresh graduate's school certificate holds it back
     * only when refused: their diploma comes later, and the application lapses if it is not verified in time.
     */
    public boolean waitsForPriorDegree() {
        var degree = prior.getDegree();
        if (getStatus() != AppStatus.ACCEPTED || degree == null) {
            return false;
        }
        var status = degree.getStatus();
        return degree.getKind() == org.gradphoto.portal.graduation.prior.PriorDegree.Kind.DIPLOMA
                ? status != org.gradphoto.portal.graduation.prior.PriorDegree.Status.VERIFIED
                : status == org.gradphoto.portal.graduation.prior.PriorDegree.Status.REJECTED;
    }

    /** Back to the candidate with a reason; they correct it and save again, and the chain starts over. */
    public void returnToCandidate(Account actor, String reason, Instant now) {
        move(actor, now, () -> review.returnToCandidate(actor, candidate, reason));
    }

    /** A registration anomaly (e.g. the prior degree): held where it is until resolved. */
    public void hold(Account actor, String reason, Instant now) {
        move(actor, now, () -> review.hold(actor, candidate, reason));
    }

    /** The anomaly is resolved: back to the step where it was held, by that step's role. */
    public void resolveHold(Account actor, String note, Instant now) {
        move(actor, now, () -> review.resolveHold(actor, candidate, note));
    }

    /** A fresh graduate's diploma was not verified in time: the application lapses (actor null: the system). */
    public void lapse(Account actor, Instant now) {
        move(actor, now, review::lapse);
    }

    /** Every move of the review chain goes through here and is recorded as the decision that made it. */
    private void move(Account actor, Instant now, Supplier<String> step) {
        AppStatus from = review.getStatus();
        String why = step.get();
        decisions.add(new ApplicationDecision(this, from, review.getStatus(), actor, now, why));
        updatedAt = now;
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
        return review.getStatus();
    }

    public ReviewState getReview() {
        return review;
    }

    public ContactDetails getContact() {
        return contact;
    }

    public StoredFile getInternship() {
        return coursework.internship();
    }

    public PriorDegreeUse getPrior() {
        return prior;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<ApplicationItem> getItems() {
        return coursework.items();
    }

    public List<ApplicationDecision> getDecisions() {
        return decisions;
    }

    public long getVersion() {
        return version;
    }
}
