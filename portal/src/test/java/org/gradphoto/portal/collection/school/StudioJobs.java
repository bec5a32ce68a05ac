package org.gradphoto.portal.collection.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.jobs.Job;
import org.gradphoto.portal.jobs.Jobs;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;

/** The tests' way of waiting for a studio import sent through the page: to its job's end, then its report. */
@Component
public class StudioJobs {

    private final StudioImport studio;
    private final Jobs jobs;

    StudioJobs(StudioImport studio, Jobs jobs) {
        this.studio = studio;
        this.jobs = jobs;
    }

    /** The report of the import the request queued; asserts it was taken to the job's page and the job ended DONE. */
    public StudioImport.Report await(Account office, MvcResult posted) {
        String to = posted.getResponse().getRedirectedUrl();
        assertThat(to).as("redirected to the job's page").matches("/school/studio/\\d+");
        return await(office, Long.parseLong(to.substring(to.lastIndexOf('/') + 1)));
    }

    public StudioImport.Report await(Account office, long jobId) {
        Job j = finished(jobId, Duration.ofMinutes(2));
        assertThat(j.getState()).as("job %d (%s)", jobId, j.getFailureKey()).isEqualTo(Job.State.DONE);
        return studio.report(office.getId(), jobId);
    }

    /** The job once it is done or failed; fails the test when it is still running after {@code atMost}. */
    public Job finished(long jobId, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (true) {
            Job j = jobs.find(jobId).orElseThrow();
            if (j.getState().finished()) {
                return j;
            }
            assertThat(System.nanoTime()).as("job %d still %s after %s", jobId, j.getState(), atMost).isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
