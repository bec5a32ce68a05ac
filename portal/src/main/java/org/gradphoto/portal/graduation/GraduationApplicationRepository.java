package org.gradphoto.portal.graduation;

import java.util.Collection;
import java.util.List;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GraduationApplicationRepository extends JpaRepository<GraduationApplication, Long>,
        JpaSpecificationExecutor<GraduationApplication> {

    List<GraduationApplication> findByCandidateOrderByIdDesc(Account candidate);

    boolean existsByCandidateAndMajorAndReviewStatusIn(Account candidate, Major major, Collection<AppStatus> statuses);

    List<GraduationApplication> findByCandidateAndRound(Account candidate, ExamRound round);

    List<GraduationApplication> findByReviewStatusInOrderBySubmittedAt(Collection<AppStatus> statuses);

    /** Saved applications resting on a fresh graduate's diploma not yet verified: the only ones that may lapse. */
    @Query("select a from GraduationApplication a where a.review.status in :statuses"
            + " and a.prior.degree.kind = org.gradphoto.portal.graduation.prior.PriorDegree.Kind.FRESH_GRADUATE"
            + " and a.prior.degree.status <> org.gradphoto.portal.graduation.prior.PriorDegree.Status.VERIFIED")
    List<GraduationApplication> awaitingFreshGraduateDiploma(@Param("statuses") Collection<AppStatus> statuses);
}
