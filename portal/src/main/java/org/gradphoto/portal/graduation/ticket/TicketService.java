package org.gradphoto.portal.graduation.ticket;

import java.time.Clock;
import java.util.List;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's exam tickets, their counting results, and the requests to merge one ticket into another. Acts only
 * on the calling candidate's own tickets: anything else is "not found".
 */
@Service
@Transactional
public class TicketService {

    private final AccountRepository accounts;
    private final ExamTicketRepository tickets;
    private final CourseResultRepository results;
    private final TicketMergeRepository merges;
    private final Clock clock;

    public TicketService(AccountRepository accounts, ExamTicketRepository tickets, CourseResultRepository results,
            TicketMergeRepository merges, Clock clock) {
        this.accounts = accounts;
        this.tickets = tickets;
        this.results = results;
        this.merges = merges;
        this.clock = clock;
    }

    private Account candidate(Long id) {
        return accounts.require(id);
    }

    @Transactional(readOnly = true)
    public List<ExamTicket> tickets(Long candidateId) {
        return tickets.findByIdNumberOrderByNumber(candidate(candidateId).getIdNumber());
    }

    /** One ticket of any candidate, for an application being started; not found when there is none. */
    @Transactional(readOnly = true)
    public ExamTicket ticket(Long ticketId) {
        return tickets.findById(ticketId).orElseThrow(NotFoundException::new);
    }

    /** The results that count on a ticket (the best of each course). */
    @Transactional(readOnly = true)
    public List<CourseResult> results(ExamTicket ticket) {
        return results.countingFor(ticket);
    }

    @Transactional(readOnly = true)
    public List<TicketMerge> merges(Long candidateId) {
        return merges.findByCandidateOrderByRequestedAtDesc(candidate(candidateId));
    }

    public TicketMerge requestMerge(Long candidateId, Long fromId, Long intoId) {
        Account c = candidate(candidateId);
        ExamTicket from = tickets.findById(fromId).orElseThrow(NotFoundException::new);
        ExamTicket into = tickets.findById(intoId).orElseThrow(NotFoundException::new);
        boolean pending = merges.findByCandidateOrderByRequestedAtDesc(c).stream()
                .anyMatch(m -> m.getStatus() == TicketMerge.Status.REQUESTED && m.getFrom().getId().equals(fromId));
        if (pending) {
            throw new RefusedException("ticket.error.pending");
        }
        return merges.save(new TicketMerge(c, from, into, clock.instant()));
    }
}
