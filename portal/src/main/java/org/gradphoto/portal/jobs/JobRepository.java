package org.gradphoto.portal.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JobRepository extends JpaRepository<Job, Long> {

    List<Job> findByInstitutionIdAndKindOrderByIdDesc(Long institutionId, String kind, Pageable page);

    long countByStateIn(List<Job.State> states);

    @Query("select min(j.createdAt) from Job j where j.state in :states")
    Optional<Instant> oldestCreatedAt(@Param("states") List<Job.State> states);
}
