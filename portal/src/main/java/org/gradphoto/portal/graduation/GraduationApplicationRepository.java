package org.gradphoto.portal.graduation;

import java.util.Collection;
import java.util.List;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.reference.Major;
import org.gradphoto.portal.round.ExamRound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface GraduationApplicationRepository extends JpaRepository<GraduationApplication, Long>,
        JpaSpecificationExecutor<GraduationApplication> {

    List<GraduationApplication> findByCandidateOrderByIdDesc(Account candidate);

    boolean existsByCandidateAndMajorAndStatusIn(Account candidate, Major major, Collection<AppStatus> statuses);

    List<GraduationApplication> findByCandidateAndRound(Account candidate, ExamRound round);

    List<GraduationApplication> findByStatusInOrderBySubmittedAt(Collection<AppStatus> statuses);
}
