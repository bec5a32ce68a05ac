package org.gradphoto.portal.graduation.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamRoundRepository extends JpaRepository<ExamRound, Long> {

    Optional<ExamRound> findByCode(String code);

    /** Rounds still taking applications, the earliest closing first. */
    List<ExamRound> findByApplicationDeadlineAfterOrderByApplicationDeadline(Instant now);

    List<ExamRound> findAllByOrderByYearDescHalfDesc();
}
