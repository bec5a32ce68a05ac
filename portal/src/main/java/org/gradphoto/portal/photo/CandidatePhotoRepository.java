package org.gradphoto.portal.photo;

import java.util.Optional;
import org.gradphoto.portal.account.Account;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CandidatePhotoRepository extends JpaRepository<CandidatePhoto, Long>, JpaSpecificationExecutor<CandidatePhoto> {

    Optional<CandidatePhoto> findByCandidate(Account candidate);

    /** The approved photos of one institution's candidates, in the order they were submitted. */
    @EntityGraph(attributePaths = {"candidate", "current"})
    java.util.List<CandidatePhoto> findByStatusAndCandidate_Institution_IdOrderBySubmittedAtAscIdAsc(ReviewStatus status, Long institutionId);

    /** A queue page with what each row shows loaded at once (candidate, institution, current upload). */
    @Override
    @EntityGraph(attributePaths = {"candidate", "candidate.institution", "current"})
    Page<CandidatePhoto> findAll(Specification<CandidatePhoto> spec, Pageable pageable);
}
