package org.gradphoto.portal.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submits long work as a job and tells how it goes: the module's API. */
@Service
public class Jobs {

    private static final List<Job.State> WAITING = List.of(Job.State.QUEUED, Job.State.RUNNING);

    /** An item not done, and why, in both languages. */
    public record Note(String item, String zh, String en) implements Serializable {
    }

    private final JobRepository jobs;
    private final JobNoteRepository notes;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Void> task;
    private final Clock clock;

    Jobs(JobRepository jobs, JobNoteRepository notes, ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Void> task, Clock clock) {
        this.jobs = jobs;
        this.notes = notes;
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
    }

    /**
     * Queues a job, in the caller's transaction: it runs only if that commits (with the input it names, a file in
     * the shared store), on whichever node picks it first.
     */
    @Transactional
    public Job submit(String kind, Long ownerAccountId, Long institutionId, String inputKey, String inputName) {
        Job j = jobs.save(new Job(kind, ownerAccountId, institutionId, inputKey, inputName, clock.instant()));
        scheduler.getObject().scheduleIfNotExists(task.instance(String.valueOf(j.getId())), clock.instant());
        return j;
    }

    @Transactional(readOnly = true)
    public Optional<Job> find(long id) {
        return jobs.findById(id);
    }

    /** The items not done, in the order the job met them. */
    @Transactional(readOnly = true)
    public List<Note> notes(long id) {
        return notes.findByJobIdOrderById(id).stream().map(JobNote::note).toList();
    }

    /** An institution's latest jobs of a kind, the newest first. */
    @Transactional(readOnly = true)
    public List<Job> recent(Long institutionId, String kind, int count) {
        return jobs.findByInstitutionIdAndKindOrderByIdDesc(institutionId, kind, PageRequest.of(0, count));
    }

    /** Jobs queued or running. */
    @Transactional(readOnly = true)
    public long waiting() {
        return jobs.countByStateIn(WAITING);
    }

    /** How long the oldest job queued or running has been waiting; zero when none is. */
    @Transactional(readOnly = true)
    public Duration oldestWaiting() {
        return jobs.oldestCreatedAt(WAITING).map(t -> Duration.between(t, clock.instant())).filter(d -> !d.isNegative())
                .orElse(Duration.ZERO);
    }
}
