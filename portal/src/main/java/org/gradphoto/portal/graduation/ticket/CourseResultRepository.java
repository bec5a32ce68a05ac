package org.gradphoto.portal.graduation.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseResultRepository extends JpaRepository<CourseResult, Long> {

    Optional<CourseResult> findByTicketAndCourseCode(ExamTicket ticket, String courseCode);

    /** The results that count under a ticket: its own and those of every ticket merged into it. */
    @Query("select r from CourseResult r where r.ticket = :t or r.ticket.mergedInto = :t order by r.courseCode")
    List<CourseResult> countingFor(@Param("t") ExamTicket ticket);
}
