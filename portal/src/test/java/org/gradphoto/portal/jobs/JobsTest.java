package org.gradphoto.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.gradphoto.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/** Jobs queued, run by the real db-scheduler on the test database, and ended: done, refused, failed, held, taken over. */
@PortalTest
class JobsTest {

    @Autowired
    Jobs jobs;
    @Autowired
    JobRepository repository;
    @Autowired
    JobNoteRepository notes;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private Job submit(String script) {
        return tx.execute(t -> jobs.submit(ScriptedWork.KIND, 1L, 7L, null, script));
    }

    private Job finished(long id) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            Job j = jobs.find(id).orElseThrow();
            if (j.getState().finished()) {
                return j;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not end in 60 s");
    }

    @Test
    void runsAQueuedJobToItsEndCountingEachItemAndNotingWhatItSkipped() throws Exception {
        Job j = finished(submit("items:10").getId());
        assertThat(j.getState()).isEqualTo(Job.State.DONE);
        assertThat(j.getTotal()).isEqualTo(10);
        assertThat(j.getProcessed()).isEqualTo(10);
        // items 2, 5, 8 skipped; 4 and 9 unchanged; the other 5 done
        assertThat(j.getSkipped()).isEqualTo(3);
        assertThat(j.getUnchanged()).isEqualTo(2);
        assertThat(j.getSucceeded()).isEqualTo(5);
        assertThat(j.getRuns()).isEqualTo(1);
        assertThat(j.getNode()).endsWith(":" + ProcessHandle.current().pid());
        assertThat(j.percent()).isEqualTo(100);
        assertThat(j.rate()).isPresent();
        assertThat(j.timeLeft()).as("nothing left of a job done").isEmpty();
        assertThat(jobs.notes(j.getId())).extracting(Jobs.Note::en).containsExactly("item 2 not done", "item 5 not done", "item 8 not done");
    }

    @Test
    void aJobWhoseTransactionRollsBackIsNeitherKeptNorRun() {
        long jobsBefore = repository.count();
        int tasksBefore = jdbc.queryForObject("select count(*) from scheduled_tasks", Integer.class);
        tx.executeWithoutResult(t -> {
            jobs.submit(ScriptedWork.KIND, 1L, 7L, null, "items:1");
            t.setRollbackOnly();
        });
        assertThat(repository.count()).isEqualTo(jobsBefore);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks", Integer.class))
                .as("the scheduler's row is written in the same transaction").isEqualTo(tasksBefore);
    }

    @Test
    void aRefusedJobFailsWithItsReasonAndABugWithTheGeneralOne() throws Exception {
        Job refused = finished(submit("refuse").getId());
        assertThat(refused.getState()).isEqualTo(Job.State.FAILED);
        assertThat(refused.getFailureKey()).isEqualTo("studio.error.unreadable");
        Job bug = finished(submit("boom").getId());
        assertThat(bug.getState()).isEqualTo(Job.State.FAILED);
        assertThat(bug.getFailureKey()).isEqualTo(JobRunner.INTERNAL);
        assertThat(bug.getFinishedAt()).isNotNull();
    }

    @Test
    void aRunningJobIsCountedAsWaitingInTheMetricsUntilItEnds() throws Exception {
        Job held = submit("hold");
        assertThat(ScriptedWork.HELD.await(60, TimeUnit.SECONDS)).isTrue();
        try {
            Job running = jobs.find(held.getId()).orElseThrow();
            assertThat(running.getState()).isEqualTo(Job.State.RUNNING);
            assertThat(running.getProcessed()).isEqualTo(1);
            assertThat(running.percent()).isEqualTo(50);
            assertThat(jobs.waiting()).isGreaterThanOrEqualTo(1);
            assertThat(jobs.oldestWaiting()).isPositive();
            String metrics = mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
            assertThat(metrics).containsPattern("(?m)^gradphoto_jobs_waiting [1-9]").containsPattern("(?m)^gradphoto_jobs_oldest_waiting_seconds [0-9.]+");
        } finally {
            ScriptedWork.release();
        }
        assertThat(finished(held.getId()).getState()).isEqualTo(Job.State.DONE);
    }

    @Test
    void aRunAnotherNodeTookOverCountsNothingMore() {
        Job j = repository.save(new Job(ScriptedWork.KIND, 1L, 7L, null, "by hand", Instant.now()));
        tx.executeWithoutResult(t -> {
            Job x = repository.findById(j.getId()).orElseThrow();
            x.takeUp("node-a", Instant.now());
            x.size(3);
        });
        JobRun onA = new JobRun(j.getId(), 1, repository, notes, java.time.Clock.systemUTC(), () -> false);
        tx.executeWithoutResult(t -> onA.count(0, Job.Outcome.SUCCEEDED));
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> onA.count(0, Job.Outcome.SUCCEEDED)))
                .as("item 0 counted already").isInstanceOf(JobTakenOver.class);
        // node B takes it up after A was taken for dead: A's next count is refused and nothing changes
        tx.executeWithoutResult(t -> repository.findById(j.getId()).orElseThrow().takeUp("node-b", Instant.now()));
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> onA.count(1, Job.Outcome.SUCCEEDED))).isInstanceOf(JobTakenOver.class);
        Job after = repository.findById(j.getId()).orElseThrow();
        assertThat(after.getProcessed()).isEqualTo(1);
        assertThat(after.getRuns()).isEqualTo(2);
        assertThat(after.getNode()).isEqualTo("node-b");
        assertThatThrownBy(() -> onA.count(1, Job.Outcome.SUCCEEDED)).as("outside a transaction")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aJobRefusesChangesItsStateDoesNotAllow() {
        Instant now = Instant.now();
        Job j = new Job(ScriptedWork.KIND, 1L, null, null, "a\u0000b\n" + "长".repeat(300), now);
        assertThat(j.getInputName()).hasSize(Job.MAX_NAME).startsWith("ab长");
        assertThatThrownBy(() -> j.count(Job.Outcome.SUCCEEDED, now)).as("not running").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> j.finish(now)).isInstanceOf(IllegalStateException.class);
        j.takeUp("n", now);
        j.size(1);
        j.count(Job.Outcome.SUCCEEDED, now.plusSeconds(2));
        assertThatThrownBy(() -> j.count(Job.Outcome.SUCCEEDED, now)).as("no item left").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> j.size(0)).as("fewer items than done").isInstanceOf(IllegalStateException.class);
        assertThat(j.rate()).contains(0.5);
        assertThat(j.timeLeft()).contains(Duration.ZERO);
        j.finish(now.plusSeconds(2));
        assertThatThrownBy(() -> j.takeUp("n", now)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> j.fail("x", now)).isInstanceOf(IllegalStateException.class);
        assertThat(j.getState()).isEqualTo(Job.State.DONE);
    }
}
