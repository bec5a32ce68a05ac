package org.gradphoto.portal.photo.review;

import java.util.List;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    @EntityGraph(attributePaths = {"reviewer"})
    List<ReviewDecision> findByPhotoOrderByDecidedAtDesc(CandidatePhoto photo);
}
