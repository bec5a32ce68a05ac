package org.gradphoto.portal.graduation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.prior.PriorDegreeService;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.reference.MajorRepository;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.reference.SubstitutionRepository;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.round.ExamRoundRepository;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.CourseResultRepository;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.gradphoto.portal.graduation.ticket.ExamTicketRepository;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.review.ReviewService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ready world for graduation tests, fresh each time: an Anhui-rules institution of its own city with a city
 * reviewer, a provincial reviewer, a 本科 accounting plan (13000 by CET, 00023 by substituting 00020), a round
 * open for a month, and a candidate with an approved photo, a ticket with results and a verified prior degree.
 */
@Component
public class GraduationData {

    private static final AtomicInteger N = new AtomicInteger();
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    private final TestData data;
    private final InstitutionRepository institutions;
    private final MajorRepository majors;
    private final SubstitutionRepository substitutions;
    private final ExamTicketRepository tickets;
    private final CourseResultRepository results;
    private final ExamRoundRepository rounds;
    private final PhotoService photos;
    private final ReviewService reviews;
    private final GraduationService graduation;
    private final PriorDegreeService priorDegrees;
    private final OfficeService office;
    private final Clock clock;

    public GraduationData(TestData data, InstitutionRepository institutions, MajorRepository majors,
            SubstitutionRepository substitutions, ExamTicketRepository tickets, CourseResultRepository results,
            ExamRoundRepository rounds, PhotoService photos, ReviewService reviews, GraduationService graduation,
            PriorDegreeService priorDegrees, OfficeService office, Clock clock) {
        this.data = data;
        this.institutions = institutions;
        this.majors = majors;
        this.substitutions = substitutions;
        this.tickets = tickets;
        this.results = results;
        this.rounds = rounds;
        this.photos = photos;
        this.reviews = reviews;
        this.graduation = graduation;
        this.priorDegrees = priorDegrees;
        this.office = office;
        this.clock = clock;
    }

    /** A candidate and their ticket. */
    public record Applicant(Account candidate, ExamTicket ticket) {
    }

    /** Everything a test refers to. */
    public record World(Institution institution, Account city, Account province, Account candidate, Major major,
            Substitution substitution, ExamTicket ticket, ExamRound round) {
    }

    public World world() {
        int n = N.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 100;
        Institution inst = data.institution("城" + n);
        inst.useExemptionRules("anhui");
        inst = institutions.save(inst);
        Account city = data.reviewer(inst);
        Account province = data.staff(Role.PROVINCE);
        Major major = major("B" + String.format("%06d", n));
        Substitution sub = substitutions.save(new Substitution(major, "00023", "00020", "高等数学（一）"));
        ExamRound round = round(n);
        Account candidate = candidate(inst, city);
        ExamTicket ticket = ticket(candidate, "3402" + String.format("%08d", n));
        return new World(institutions.findById(inst.getId()).orElseThrow(), city, province, candidate, major, sub, ticket, round);
    }

    @Transactional
    Major major(String code) {
        Major m = new Major(code, "会计", Level.BENKE, "会计", 27, false);
        m.plan("13000", "英语（专升本）", 7, true);
        m.plan("00023", "高等数学（工本）", 10, false);
        m.plan("00155", "中级财务会计", 6, false);
        m.plan("03709", "马克思主义基本原理概论", 4, true);
        return majors.save(m);
    }

    /**
     * A round of a year of its own (codes are unique), open for applications for a month. The year is in the future
     * so that the candidate's 2015 diploma is always before the round's prior-degree limit.
     */
    ExamRound round(int n) {
        Instant now = clock.instant();
        return rounds.save(new ExamRound(2030 + n % 70, ExamRound.Half.SPRING, now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(30))));
    }

    /** A candidate whose photo a reviewer approved, with a verified prior degree. */
    public Account candidate(Institution inst, Account city) {
        Account c = withApprovedPhoto(inst, city);
        PriorDegree prior = priorDegrees.recordPriorDegree(c.getId(), PriorDegree.Kind.DIPLOMA, "安徽商贸职业技术学院",
                "1234567890123", LocalDate.of(2015, 6, 30), PDF);
        office.decidePriorDegree(city.getId(), prior.getId(), prior.getVersion(), true, null);
        return c;
    }

    /**
     * A candidate with an approved photo who graduates from a 专科 school on 30 June of the round's year: applying
     * with the school's certificate, the diploma not yet verified. Their ticket has the world's results.
     */
    public Applicant freshGraduate(World w, String ticketNumber) {
        Account c = withApprovedPhoto(w.institution(), w.city());
        priorDegrees.recordPriorDegree(c.getId(), PriorDegree.Kind.FRESH_GRADUATE, "安徽商贸职业技术学院", "2026届毕业证明",
                LocalDate.of(w.round().getYear(), 6, 30), PDF);
        return new Applicant(c, ticket(c, ticketNumber));
    }

    /**
     * Starts this candidate's application for the world's major with their ticket and completes it (CET-4 for 13000
     * with the certificate, 00020 for 00023, contact details); not yet saved.
     */
    public GraduationApplication completeApplication(World w, Account candidate, ExamTicket ticket) {
        GraduationApplication a = graduation.start(candidate.getId(), w.round().getId(), w.major().getId(), ticket.getId());
        graduation.declareQualifications(candidate.getId(), a.getId(), java.util.List.of("CET:4"));
        graduation.exempt(candidate.getId(), a.getId(), "13000", "CET:4", PDF);
        graduation.substitute(candidate.getId(), a.getId(), "00023", w.substitution().getId());
        graduation.updateContact(candidate.getId(), a.getId(), "13800138000", "芜湖市镜湖区", null, null);
        return a;
    }

    /** A candidate whose photo a reviewer approved, without a prior degree yet. */
    public Account withApprovedPhoto(Institution inst, Account city) {
        Account c = data.candidate(inst);
        photos.upload(c.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        photos.submit(c.getId());
        var p = photos.photoOf(c.getId());
        reviews.approve(city.getId(), p.getId(), p.getVersion());
        return c;
    }

    @Transactional
    public ExamTicket ticket(Account candidate, String number) {
        ExamTicket t = tickets.save(new ExamTicket(number, candidate.getIdNumber(), candidate.getName()));
        results.save(new CourseResult(t, "00155", "中级财务会计", 6, 72, true, "2025-10"));
        results.save(new CourseResult(t, "03709", "马克思主义基本原理概论", 4, 65, true, "2025-04"));
        results.save(new CourseResult(t, "00020", "高等数学（一）", 6, 70, true, "2024-10"));
        return t;
    }
}
