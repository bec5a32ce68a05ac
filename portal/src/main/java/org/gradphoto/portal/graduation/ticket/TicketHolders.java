package org.gradphoto.portal.graduation.ticket;

import java.util.Set;
import org.gradphoto.portal.photo.CandidateLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer finds a candidate by exam ticket number (准考证号), a merged one included: the ticket's holder. */
@Component
class TicketHolders implements CandidateLookup {

    private final ExamTicketRepository tickets;

    TicketHolders(ExamTicketRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> idNumbersNamedBy(String term) {
        if (term == null || !term.strip().matches("\\d{8,20}")) {
            return Set.of();
        }
        return tickets.findByNumber(term.strip()).map(t -> Set.of(t.getIdNumber())).orElse(Set.of());
    }
}
