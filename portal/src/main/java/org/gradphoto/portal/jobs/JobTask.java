package org.gradphoto.portal.jobs;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one db-scheduler task that runs jobs, the job's id as its instance: picked by one node at a time, revived on
 * another when its node stops beating, tried again shortly when a node left it off while stopping. Nodes run jobs
 * of their lane only: all the nodes of a portal share one (the default), and test contexts that share a database
 * schema keep apart.
 */
@Configuration
class JobTask {

    static final String NAME = "gradphoto-job";

    @Bean
    OneTimeTask<Void> gradphotoJobTask(@Value("${gradphoto.jobs.lane:}") String lane, ObjectProvider<JobRunner> runner) {
        return Tasks.oneTime(lane.isBlank() ? NAME : NAME + "-" + lane.strip())
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.getObject().run(Long.parseLong(instance.getId()),
                        () -> context.getSchedulerState().isShuttingDown()));
    }
}
