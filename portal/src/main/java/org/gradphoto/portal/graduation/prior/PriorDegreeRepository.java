package org.gradphoto.portal.graduation.prior;

import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.account.Account;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorDegreeRepository extends JpaRepository<PriorDegree, Long> {

    List<PriorDegree> findByCandidateOrderByCreatedAtDesc(Account candidate);

    default Optional<PriorDegree> latest(Account candidate) {
        return findByCandidateOrderByCreatedAtDesc(candidate).stream().findFirst();
    }

    List<PriorDegree> findByStatusOrderByCreatedAt(PriorDegree.Status status);
}
