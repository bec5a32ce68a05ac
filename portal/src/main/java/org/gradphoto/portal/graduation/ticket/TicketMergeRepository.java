package org.gradphoto.portal.graduation.ticket;

import java.util.List;
import org.gradphoto.portal.account.Account;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketMergeRepository extends JpaRepository<TicketMerge, Long> {

    List<TicketMerge> findByCandidateOrderByRequestedAtDesc(Account candidate);

    List<TicketMerge> findByStatusOrderByRequestedAt(TicketMerge.Status status);
}
