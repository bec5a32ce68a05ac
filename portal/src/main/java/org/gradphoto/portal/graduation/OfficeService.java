package org.gradphoto.portal.graduation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.prior.PriorDegreeRepository;
import org.gradphoto.portal.graduation.prior.PriorDegreeRule;
import org.gradphoto.portal.graduation.ticket.TicketMerge;
import org.gradphoto.portal.graduation.ticket.TicketMergeRepository;
import org.gradphoto.portal.table.ExcelExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The offices' side: the city exam office (a reviewer, for the candidates of its institution or city) and the
 * provincial authority. Queues of what each must act on, decisions on applications, ticket merges and prior
 * degrees; a decision on a page that is out of date, or a second decision on the same thing, is refused with
 * "already decided". Every list exports to Excel.
 */
@Service
public class OfficeService {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeService.class);

    /** What an office may do to an application. */
    public enum Action {
        ADVANCE, RETURN, HOLD, RESOLVE
    }

    private final GraduationApplicationRepository applications;
    private final AccountRepository accounts;
    private final TicketMergeRepository merges;
    private final PriorDegreeRepository priors;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final ApplicationEventPublisher events;

    public OfficeService(GraduationApplicationRepository applications, AccountRepository accounts, TicketMergeRepository merges,
            PriorDegreeRepository priors, TransactionTemplate tx, Clock clock, org.springframework.context.MessageSource messages,
            ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.accounts = accounts;
        this.merges = merges;
        this.priors = priors;
        this.tx = tx;
        this.clock = clock;
        this.messages = messages;
    }

    /** The office's account (for what the pages show it may do). */
    public Account officeAccount(Long id) {
        return tx.execute(s -> office(id));
    }

    private Account office(Long id) {
        Account a = accounts.require(id);
        if (a.getRole() != Role.REVIEWER && a.getRole() != Role.PROVINCE) {
            throw new NotFoundException();
        }
        return a;
    }

    /** Whether this office may see this candidate's graduation records. */
    static boolean sees(Account office, Account candidate) {
        return office.getRole() == Role.PROVINCE || office.mayReview(candidate);
    }

    /** The statuses this office acts on. */
    static Set<AppStatus> actsOn(Account office) {
        Set<AppStatus> s = EnumSet.noneOf(AppStatus.class);
        AppStatus.Actor actor = office.getRole() == Role.PROVINCE ? AppStatus.Actor.PROVINCE : AppStatus.Actor.CITY;
        for (AppStatus st : AppStatus.values()) {
            if (st.actor() == actor) {
                s.add(st);
            }
        }
        return s;
    }

    /**
     * Applications in the office's scope: with {@code status} null, those waiting for this office (including those
     * it holds), oldest first; otherwise those in that status.
     */
    public List<GraduationApplication> queue(Long officeId, AppStatus status) {
        return tx.execute(s -> {
            Account office = office(officeId);
            Set<AppStatus> mine = actsOn(office);
            List<GraduationApplication> out = new ArrayList<>();
            Set<AppStatus> wanted = status == null ? EnumSet.copyOf(mine) : EnumSet.of(status);
            if (status == null) {
                wanted.add(AppStatus.HELD);
            }
            for (GraduationApplication a : applications.findByReviewStatusInOrderBySubmittedAt(wanted)) {
                if (!sees(office, a.getCandidate())) {
                    continue;
                }
                if (status == null && a.getStatus() == AppStatus.HELD && !mine.contains(a.getReview().getHeldStatus())) {
                    continue;
                }
                out.add(a);
            }
            return out;
        });
    }

    public GraduationApplication application(Long officeId, Long applicationId) {
        return tx.execute(s -> {
            Account office = office(officeId);
            return applications.findById(applicationId).filter(a -> a.getStatus() != AppStatus.DRAFT)
                    .filter(a -> sees(office, a.getCandidate())).orElseThrow(NotFoundException::new);
        });
    }

    public void decide(Long officeId, Long applicationId, long version, Action action, String reason) {
        try {
            tx.executeWithoutResult(s -> {
                Account office = office(officeId);
                GraduationApplication a = applications.findById(applicationId).filter(x -> sees(office, x.getCandidate()))
                        .orElseThrow(NotFoundException::new);
                if (a.getVersion() != version) {
                    throw new RefusedException("app.error.already_decided");
                }
                switch (action) {
                    case ADVANCE -> a.advance(office, clock.instant());
                    case RETURN -> a.returnToCandidate(office, reason, clock.instant());
                    case HOLD -> a.hold(office, reason, clock.instant());
                    case RESOLVE -> a.resolveHold(office, reason, clock.instant());
                }
                applications.saveAndFlush(a);
                published(a);
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RefusedException("app.error.already_decided");
        }
        LOG.info("office {} {} application {}", officeId, action, applicationId);
    }

    public List<TicketMerge> pendingMerges(Long officeId) {
        return tx.execute(s -> {
            Account office = office(officeId);
            return merges.findByStatusOrderByRequestedAt(TicketMerge.Status.REQUESTED).stream()
                    .filter(m -> office.mayReview(m.getCandidate())).toList();
        });
    }

    public void decideMerge(Long officeId, Long mergeId, long version, boolean approve, String reason) {
        try {
            tx.executeWithoutResult(s -> {
                Account office = office(officeId);
                TicketMerge m = merges.findById(mergeId).filter(x -> office.mayReview(x.getCandidate()))
                        .orElseThrow(NotFoundException::new);
                if (m.getVersion() != version) {
                    throw new RefusedException("merge.error.already_decided");
                }
                if (approve) {
                    m.approve(office, clock.instant());
                } else {
                    m.refuse(office, reason, clock.instant());
                }
                merges.saveAndFlush(m);
                events.publishEvent(new GraduationDecided(m.getCandidate().getId(), GraduationDecided.Subject.TICKET_MERGE,
                        m.getId(), approve ? GraduationDecided.APPROVED : GraduationDecided.REJECTED,
                        m.getFrom().getNumber() + " → " + m.getInto().getNumber(), m.getReason(), clock.instant()));
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RefusedException("merge.error.already_decided");
        }
    }

    public List<PriorDegree> pendingPriorDegrees(Long officeId) {
        return tx.execute(s -> {
            Account office = office(officeId);
            return priors.findByStatusOrderByCreatedAt(PriorDegree.Status.PENDING).stream()
                    .filter(p -> office.mayReview(p.getCandidate())).toList();
        });
    }

    public void decidePriorDegree(Long officeId, Long priorId, long version, boolean verify, String reason) {
        try {
            tx.executeWithoutResult(s -> {
                Account office = office(officeId);
                PriorDegree p = priors.findById(priorId).filter(x -> office.mayReview(x.getCandidate()))
                        .orElseThrow(NotFoundException::new);
                if (p.getVersion() != version) {
                    throw new RefusedException("prior.error.already_decided");
                }
                if (verify) {
                    p.verify(office, clock.instant());
                } else {
                    p.reject(office, reason, clock.instant());
                }
                priors.saveAndFlush(p);
                events.publishEvent(new GraduationDecided(p.getCandidate().getId(), GraduationDecided.Subject.PRIOR_DEGREE,
                        p.getId(), verify ? GraduationDecided.APPROVED : GraduationDecided.REJECTED, p.getSchool(),
                        p.getReason(), clock.instant()));
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RefusedException("prior.error.already_decided");
        }
    }

    /** Tells whoever listens (the candidate's message box) where the application now stands, and why. */
    private void published(GraduationApplication a) {
        ApplicationDecision last = a.getDecisions().get(a.getDecisions().size() - 1);
        String why = a.getStatus() == AppStatus.LAPSED ? null : last.getReason();
        events.publishEvent(new GraduationDecided(a.getCandidate().getId(), GraduationDecided.Subject.APPLICATION,
                a.getId(), a.getStatus().name(), a.getMajor().getName(), why, last.getDecidedAt()));
    }

    /** Saved and not yet registered: where a missing diploma still matters. */
    private static final Set<AppStatus> LAPSABLE = EnumSet.of(AppStatus.ACCEPTED, AppStatus.CITY_APPROVED,
            AppStatus.JOINT_APPROVED, AppStatus.MOE_APPROVED, AppStatus.CHSI_VERIFIED, AppStatus.RETURNED, AppStatus.HELD);

    /** Every morning (China time): applications of fresh graduates whose diploma was not verified in time lapse. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    public int lapseOverdue() {
        return lapseOverdue(LocalDate.ofInstant(clock.instant(), GraduationService.ZONE));
    }

    /** Lapses what is overdue as of {@code today}; the number lapsed. */
    int lapseOverdue(LocalDate today) {
        Integer n = tx.execute(s -> {
            int count = 0;
            for (GraduationApplication a : applications.awaitingFreshGraduateDiploma(LAPSABLE)) {
                if (PriorDegreeRule.lapsed(a.getPrior().getDegree(), a.getRound(), today)) {
                    a.lapse(null, clock.instant());
                    published(a);
                    count++;
                }
            }
            return count;
        });
        if (n != null && n > 0) {
            LOG.info("{} applications lapsed: fresh graduates' diplomas not verified in time", n);
        }
        return n == null ? 0 : n;
    }

    /** The list as an Excel file, in the words of the seeds. */
    public byte[] export(List<GraduationApplication> list) {
        List<List<String>> rows = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (GraduationApplication listed : list) {
                GraduationApplication a = applications.findById(listed.getId()).orElseThrow();
                rows.add(List.of(String.valueOf(a.getId()), a.getCandidate().getName(), a.getCandidate().getIdNumber(),
                        a.getTicket().getNumber(), a.getRound().getCode(), a.getMajor().getCode() + " " + a.getMajor().getName(),
                        a.getMajor().getLevel().zh(),
                        messages.getMessage("app.status." + a.getStatus(), null, java.util.Locale.SIMPLIFIED_CHINESE),
                        a.getSubmittedAt() == null ? "" : a.getSubmittedAt().atZone(GraduationService.ZONE).toLocalDate().toString(),
                        String.valueOf(a.credits()), a.getContact() == null ? "" : a.getContact().getPhone()));
            }
        });
        return ExcelExport.write("毕业申请", List.of("编号", "姓名", "证件号码", "准考证号", "批次", "专业", "层次", "状态",
                "受理日期", "学分", "联系电话"), rows);
    }
}
