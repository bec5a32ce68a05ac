package org.gradphoto.portal.graduation.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamTicketRepository extends JpaRepository<ExamTicket, Long> {

    Optional<ExamTicket> findByNumber(String number);

    List<ExamTicket> findByIdNumberOrderByNumber(String idNumber);
}
