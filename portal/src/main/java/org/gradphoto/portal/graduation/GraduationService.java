package org.gradphoto.portal.graduation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.exemption.Qualification;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.prior.PriorDegreeRule;
import org.gradphoto.portal.graduation.prior.PriorDegreeService;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.reference.MajorRepository;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.reference.SubstitutionRepository;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.round.ExamRoundRepository;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.gradphoto.portal.graduation.ticket.TicketService;
import org.gradphoto.portal.photo.CandidatePhotoRepository;
import org.gradphoto.portal.photo.ReviewStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's side of graduating: applications from draft to 已受理 (and again after a return); tickets and
 * merges are {@link TicketService}'s, the prior degree {@link PriorDegreeService}'s. Every method acts only on the calling candidate's own records: anything
 * else is "not found".
 */
@Service
@Transactional
public class GraduationService {

    /** Dates of the rules (30 June, 1 July) are China's dates. */
    public static final ZoneId ZONE = org.gradphoto.portal.PortalTime.ZONE;

    private final AccountRepository accounts;
    private final TicketService tickets;
    private final PriorDegreeService priors;
    private final ExamRoundRepository rounds;
    private final MajorRepository majors;
    private final SubstitutionRepository substitutions;
    private final GraduationApplicationRepository applications;
    private final CandidatePhotoRepository photos;
    private final StoredFileRepository files;
    private final PhotoStore store;
    private final Clock clock;

    public GraduationService(AccountRepository accounts, TicketService tickets, PriorDegreeService priors,
            ExamRoundRepository rounds, MajorRepository majors, SubstitutionRepository substitutions,
            GraduationApplicationRepository applications, CandidatePhotoRepository photos, StoredFileRepository files,
            PhotoStore store, Clock clock) {
        this.accounts = accounts;
        this.tickets = tickets;
        this.priors = priors;
        this.rounds = rounds;
        this.majors = majors;
        this.substitutions = substitutions;
        this.applications = applications;
        this.photos = photos;
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    private Account candidate(Long id) {
        return accounts.require(id);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @Transactional(readOnly = true)
    public List<ExamRound> openRounds() {
        return rounds.findByApplicationDeadlineAfterOrderByApplicationDeadline(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Major> majors() {
        return majors.findAllByOrderByLevelAscCodeAsc();
    }

    @Transactional(readOnly = true)
    public List<GraduationApplication> applications(Long candidateId) {
        return applications.findByCandidateOrderByIdDesc(candidate(candidateId));
    }

    /** The candidate's own application (results refreshed while it can still change), or not found. */
    public GraduationApplication application(Long candidateId, Long applicationId) {
        GraduationApplication a = applications.findById(applicationId)
                .filter(x -> x.getCandidate().getId().equals(candidateId)).orElseThrow(NotFoundException::new);
        if (a.getStatus().editable()) {
            a.refreshResults(tickets.results(a.getTicket()));
        }
        return a;
    }

    public GraduationApplication start(Long candidateId, Long roundId, Long majorId, Long ticketId) {
        Account c = candidate(candidateId);
        ExamRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        Major major = majors.findById(majorId).orElseThrow(NotFoundException::new);
        ExamTicket ticket = tickets.ticket(ticketId);
        if (graduated(c, major)) {
            throw new RefusedException("application.error.graduated");
        }
        if (applications.findByCandidateAndRound(c, round).stream().anyMatch(a -> a.getMajor().getId().equals(majorId))) {
            throw new RefusedException("application.error.exists");
        }
        return applications.save(new GraduationApplication(c, round, major, ticket, tickets.results(ticket), clock.instant()));
    }

    public void declareQualifications(Long candidateId, Long applicationId, List<String> codes) {
        List<Qualification> qs;
        try {
            qs = codes.stream().filter(s -> s != null && !s.isBlank()).map(Qualification::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new RefusedException("application.error.qualification");
        }
        application(candidateId, applicationId).declareQualifications(qs);
    }

    public String exempt(Long candidateId, Long applicationId, String courseCode, String qualification, byte[] evidence) {
        GraduationApplication a = application(candidateId, applicationId);
        Qualification q;
        try {
            q = Qualification.parse(qualification);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("application.error.qualification");
        }
        var file = files.save(Evidence.store(store, evidence));
        ExemptionRules rules = ExemptionRules.load(a.getCandidate().getInstitution().getExemptionRules());
        return a.exempt(courseCode, q, rules, file).id();
    }

    public void substitute(Long candidateId, Long applicationId, String courseCode, Long substitutionId) {
        GraduationApplication a = application(candidateId, applicationId);
        Substitution s = substitutions.findById(substitutionId).orElseThrow(() -> new RefusedException("application.error.not_substitute"));
        a.substitute(courseCode, s, tickets.results(a.getTicket()));
    }

    public void undo(Long candidateId, Long applicationId, String courseCode) {
        application(candidateId, applicationId).undo(courseCode);
    }

    public void updateContact(Long candidateId, Long applicationId, String phone, String address, String email, String remarks) {
        application(candidateId, applicationId).updateContact(phone, address, email, remarks, clock.instant());
    }

    public void attachInternship(Long candidateId, Long applicationId, byte[] appraisal) {
        GraduationApplication a = application(candidateId, applicationId);
        a.attachInternship(files.save(Evidence.store(store, appraisal)));
    }

    /** Saves the application (已受理): every condition of seed 002 checked here and in the application itself. */
    public void submit(Long candidateId, Long applicationId) {
        GraduationApplication a = application(candidateId, applicationId);
        a.submit(clock.instant(), check(a, true));
    }

    /** Everything that stops the candidate saving the application now, all at once (empty when nothing). */
    @Transactional(readOnly = true)
    public List<Problem> blockers(Long candidateId, Long applicationId) {
        GraduationApplication a = application(candidateId, applicationId);
        return a.getStatus().editable() ? check(a, false).blockers(a, clock.instant()) : List.of();
    }

    /** The conditions outside the application; {@code saving} also records which prior degree it rests on. */
    private SubmissionCheck check(GraduationApplication a, boolean saving) {
        Account c = a.getCandidate();
        boolean photoApproved = photos.findByCandidate(c).map(p -> p.getStatus() == ReviewStatus.APPROVED).orElse(false);
        boolean combined = a.getMajor().getLevel() == Level.BENKE && applications.findByCandidateAndRound(c, a.getRound()).stream()
                .anyMatch(o -> o != a && o.getMajor().getLevel() == Level.ZHUANKE && !o.getStatus().editable()
                        && o.getStatus() != AppStatus.LAPSED);
        PriorDegree prior = a.getMajor().getLevel() == Level.BENKE ? priors.priorDegree(c.getId()).orElse(null) : null;
        Optional<String> priorProblem = PriorDegreeRule.problem(prior, a.getRound(), combined, today());
        if (saving) {
            a.usePriorDegree(combined ? null : prior, combined);
        }
        return new SubmissionCheck(photoApproved, graduated(c, a.getMajor()), priorProblem);
    }

    /** The candidate's substitutes for a course: the table's, marked whether the candidate passed them. */
    @Transactional(readOnly = true)
    public List<Substitution> substitutesFor(GraduationApplication a, String courseCode) {
        return substitutions.forCourse(a.getMajor(), courseCode);
    }

    private boolean graduated(Account c, Major major) {
        return applications.existsByCandidateAndMajorAndReviewStatusIn(c, major,
                EnumSet.of(AppStatus.REGISTERED, AppStatus.CERTIFICATE_READY, AppStatus.COLLECTED));
    }
}
