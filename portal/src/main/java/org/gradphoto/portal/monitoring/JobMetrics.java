package org.gradphoto.portal.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.gradphoto.portal.jobs.Jobs;
import org.springframework.stereotype.Component;

/**
 * The job queue as gauges: jobs queued or running ({@code gradphoto_jobs_waiting}) and how long the oldest of them
 * has waited ({@code gradphoto_jobs_oldest_waiting_seconds}), what an operator watches near a deadline.
 */
@Component
class JobMetrics {

    JobMetrics(MeterRegistry registry, Jobs jobs) {
        Gauge.builder("gradphoto.jobs.waiting", jobs, Jobs::waiting).description("jobs queued or running").register(registry);
        Gauge.builder("gradphoto.jobs.oldest.waiting", jobs, j -> j.oldestWaiting().toMillis() / 1000.0).baseUnit("seconds")
                .description("how long the oldest job queued or running has waited").register(registry);
    }
}
