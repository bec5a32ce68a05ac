package org.gradphoto.portal.jobs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobNoteRepository extends JpaRepository<JobNote, Long> {

    List<JobNote> findByJobIdOrderById(Long jobId);
}
