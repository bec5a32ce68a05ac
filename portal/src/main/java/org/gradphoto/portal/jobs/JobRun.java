package org.gradphoto.portal.jobs;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A job as one run of it on this node sees it: how far it got, and the counts its work commits item by item. Every
 * change must be made inside the transaction of the item it counts, so that the item and its count commit together
 * or not at all; a change after another node took the job up is refused with {@link JobTakenOver}.
 */
public final class JobRun {

    /** The node is stopping: the work leaves off between two items, and the job is picked up again. */
    public static final class Stopped extends RuntimeException {
        Stopped(long jobId) {
            super("job " + jobId + " left off: the node is stopping");
        }
    }

    private final long jobId;
    private final int runNumber;
    private final JobRepository jobs;
    private final JobNoteRepository notes;
    private final Clock clock;
    private final BooleanSupplier stopping;

    JobRun(long jobId, int runNumber, JobRepository jobs, JobNoteRepository notes, Clock clock, BooleanSupplier stopping) {
        this.jobId = jobId;
        this.runNumber = runNumber;
        this.jobs = jobs;
        this.notes = notes;
        this.clock = clock;
        this.stopping = stopping;
    }

    public long jobId() {
        return jobId;
    }

    /** The job as last committed. */
    public Job job() {
        return jobs.findById(jobId).orElseThrow(() -> new JobTakenOver(jobId, "is gone"));
    }

    /** Items done so far, by this run or an earlier one: the next item to do. */
    public int processed() {
        return job().getProcessed();
    }

    /** True before the first item: the work's one-time start (an audit line) has not happened yet. */
    public boolean fresh() {
        Job j = job();
        return j.getProcessed() == 0 && j.getTotal() == 0 && j.getSkipped() == 0;
    }

    /** How many items the input has. */
    public void size(int total) {
        current().size(total);
    }

    /** A note on the input that is no item (an entry of a zip its reader refused). */
    public void note(Jobs.Note note) {
        current().skipOutsideItems(clock.instant());
        notes.save(new JobNote(jobId, note));
    }

    /** Counts item {@code item} (0-based, in the input's order) with what became of it. */
    public void count(int item, Job.Outcome outcome) {
        Job j = current();
        if (j.getProcessed() != item) {
            throw new JobTakenOver(jobId, "is at item " + j.getProcessed() + ", not " + item);
        }
        j.count(outcome, clock.instant());
    }

    /** Counts item {@code item} as not done, with why. */
    public void skip(int item, Jobs.Note why) {
        count(item, Job.Outcome.SKIPPED);
        notes.save(new JobNote(jobId, why));
    }

    /** The job is done: in the transaction of the work's last change (its closing audit line). */
    public void finish() {
        current().finish(clock.instant());
    }

    /** Throws {@link Stopped} when the node is stopping; called by the work between two items. */
    public void leaveOffIfStopping() {
        if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new Stopped(jobId);
        }
    }

    private Job current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a job's progress is counted inside the transaction of the item it counts");
        }
        Job j = job();
        if (j.getRuns() != runNumber) {
            throw new JobTakenOver(jobId, "was taken up again (run " + j.getRuns() + ", this is run " + runNumber + ")");
        }
        return j;
    }
}
