package org.gradphoto.portal.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gradphoto.portal.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs a job on this node: takes it up, hands it to the work of its kind, and records how it ended. */
@Component
class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    static final String INTERNAL = "job.error.internal";

    private final JobRepository jobs;
    private final JobNoteRepository notes;
    private final Map<String, JobWork> works;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JobNode node;

    JobRunner(JobRepository jobs, JobNoteRepository notes, List<JobWork> works, TransactionTemplate tx, Clock clock, JobNode node) {
        this.jobs = jobs;
        this.notes = notes;
        this.works = works.stream().collect(Collectors.toMap(JobWork::kind, Function.identity()));
        this.tx = tx;
        this.clock = clock;
        this.node = node;
    }

    void run(long id, BooleanSupplier stopping) {
        Job taken = tx.execute(s -> {
            Job j = jobs.findById(id).orElse(null);
            if (j == null || j.getState().finished()) {
                return null;
            }
            j.takeUp(node.name(), clock.instant());
            return j;
        });
        if (taken == null) {
            return;
        }
        JobWork work = works.get(taken.getKind());
        if (work == null) {
            LOG.error("job {}: no work of kind {} on this node", id, taken.getKind());
            end(id, INTERNAL);
            return;
        }
        JobRun run = new JobRun(id, taken.getRuns(), jobs, notes, clock, stopping);
        try {
            work.run(run);
            tx.executeWithoutResult(s -> {
                if (!run.job().getState().finished()) {
                    run.finish();
                }
            });
        } catch (JobTakenOver | OptimisticLockingFailureException e) {
            LOG.info("job {}: left to the node that took it up ({})", id, e.getMessage());
        } catch (JobRun.Stopped e) {
            // picked up again, here or on another node
            throw e;
        } catch (RefusedException e) {
            end(id, e.messageKey());
        } catch (RuntimeException e) {
            if (stopping.getAsBoolean()) {
                throw e;
            }
            LOG.error("job {} ({}) failed", id, taken.getKind(), e);
            end(id, INTERNAL);
        }
    }

    private void end(long id, String messageKey) {
        tx.executeWithoutResult(s -> jobs.findById(id).filter(j -> !j.getState().finished())
                .ifPresent(j -> j.fail(messageKey, clock.instant())));
    }
}
