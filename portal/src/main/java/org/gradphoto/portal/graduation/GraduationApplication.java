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
import java.util.Optional;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.exemption.ExemptionRule;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.exemption.Qualification;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.reference.Major;
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

    @Embedded
    private ReviewState review = new ReviewState();

    /** Null until the candidate gives them. */
    @Embedded
    private ContactDetails contact;

    @Embedded
    private DeclaredQualifications qualifications = new DeclaredQualifications(List.of());

    @ManyToOne
    @JoinColumn(name = "internship_key")
    private StoredFile internship;

    @ManyToOne
    @JoinColumn(name = "prior_degree_id")
    private PriorDegree priorDegree;

    @Column(name = "combined_with_zhuanke", nullable = false)
    private boolean combinedWithZhuanke;

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
        this.items.addAll(Coursework.plan(this, major));
        refreshResults(results);
    }

    private Coursework coursework() {
        return new Coursework(items, major);
    }

    /** Courses passed since (results imported later) become PASSED; a pass replaces an exemption or substitution. */
    public void refreshResults(List<CourseResult> results) {
        coursework().refresh(results, review.getStatus().editable());
    }

    private void requireEditable() {
        review.requireEditable();
    }

    /** What the candidate holds that may exempt courses (each checked against the rules when used). */
    public void declareQualifications(List<Qualification> held) {
        requireEditable();
        qualifications = new DeclaredQualifications(held);
        coursework().dropExemptionsNotIn(qualifications.codes());
    }

    public List<Qualification> declaredQualifications() {
        return qualifications.list();
    }

    /** 免考: the course by a declared qualification, by the first rule of the regulation that allows it. */
    public ExemptionRule exempt(String courseCode, Qualification q, ExemptionRules rules, StoredFile evidence) {
        requireEditable();
        return coursework().exempt(courseCode, q, declaredQualifications(), rules, evidence);
    }

    /** 替代课程: the course by a passed course that the substitution table allows for it. */
    public void substitute(String courseCode, Substitution s, List<CourseResult> results) {
        requireEditable();
        coursework().substitute(courseCode, s, results);
    }

    /** Takes back an exemption or a substitution. */
    public void undo(String courseCode) {
        requireEditable();
        coursework().undo(courseCode);
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
        requireEditable();
        this.internship = appraisal;
    }

    /** Uses this prior degree record (本科); or marks the application as combined with a 专科 one of the round. */
    public void usePriorDegree(PriorDegree degree, boolean combined) {
        requireEditable();
        this.priorDegree = degree;
        this.combinedWithZhuanke = combined;
    }

    /** Everything still missing before the application can be saved, empty when it is complete. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>(coursework().unmet());
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
        return coursework().credits();
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
        AppStatus from = review.getStatus();
        review.accept();
        submittedAt = now;
        recordMove(from, candidate, now, null);
    }

    /** The step of the current status, taken by its role: to the next status. */
    public void advance(Account actor, Instant now) {
        AppStatus from = review.getStatus();
        review.advance(actor, candidate);
        recordMove(from, actor, now, null);
    }

    /** Back to the candidate with a reason; they correct it and save again, and the chain starts over. */
    public void returnToCandidate(Account actor, String reason, Instant now) {
        AppStatus from = review.getStatus();
        String why = review.returnToCandidate(actor, candidate, reason);
        recordMove(from, actor, now, why);
    }

    /** A registration anomaly (e.g. the prior degree): held where it is until resolved. */
    public void hold(Account actor, String reason, Instant now) {
        AppStatus from = review.getStatus();
        String why = review.hold(actor, candidate, reason);
        recordMove(from, actor, now, why);
    }

    /** The anomaly is resolved: back to the step where it was held, by that step's role. */
    public void resolveHold(Account actor, String note, Instant now) {
        AppStatus from = review.getStatus();
        review.resolveHold(actor, candidate);
        recordMove(from, actor, now, note == null || note.isBlank() ? null : note.strip());
    }

    /** A fresh graduate's diploma was not verified in time: the application lapses (actor null: the system). */
    public void lapse(Account actor, Instant now) {
        AppStatus from = review.getStatus();
        review.lapse();
        recordMove(from, actor, now, "prior.error.lapsed");
    }

    /** Every change of status is recorded here, as the decision that made it. */
    private void recordMove(AppStatus from, Account actor, Instant now, String why) {
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

    /** Null until the candidate gives them. */
    public ContactDetails getContact() {
        return contact;
    }

    public StoredFile getInternship() {
        return internship;
    }

    public PriorDegree getPriorDegree() {
        return priorDegree;
    }

    public boolean isCombinedWithZhuanke() {
        return combinedWithZhuanke;
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
