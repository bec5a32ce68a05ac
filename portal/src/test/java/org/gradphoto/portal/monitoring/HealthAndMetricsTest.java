package org.gradphoto.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The probes a load balancer asks and the metrics Prometheus scrapes, through real requests: liveness and readiness
 * without logging in, nothing else of the actuator; while the node is not ready every page is a 503 with
 * Retry-After in both languages and the readiness probe says so; the check latency histogram, uploads, decisions and
 * the outbox after a real upload and decision.
 */
@PortalTest
class HealthAndMetricsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationContext context;

    MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void theProbesAnswerWithoutLoggingInAndNothingElseOfTheActuatorIsOpen() throws Exception {
        assertThat(anonymous("/actuator/health/liveness").getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(anonymous("/actuator/health/readiness").getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(anonymous("/actuator/health").getStatus()).isEqualTo(200);
        // the admin finds no environment, beans or heap dump here either
        Account admin = data.staff(Role.ADMIN);
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"}) {
            assertThat(mvc.perform(get(path).with(user(TestData.user(admin)))).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aNodeNotReadyAnswersEveryPageWith503AndRetryAfterAndItsProbeSaysSo() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            MockHttpServletResponse page = anonymous("/login");
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("5");
            assertThat(page.getContentAsString()).contains("系统正在启动，请稍后再试。", "The portal is starting");
            MockHttpServletResponse api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/photos/check").header("Authorization", "Basic YXBpOng=")).andReturn().getResponse();
            assertThat(api.getStatus()).as("never a 401 for an account about to exist").isEqualTo(503);
            assertThat(api.getContentType()).startsWith("application/problem+json");
            MockHttpServletResponse probe = anonymous("/actuator/health/readiness");
            assertThat(probe.getStatus()).isEqualTo(503);
            assertThat(probe.getContentAsString()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(anonymous("/actuator/health/liveness").getStatus()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(anonymous("/login").getStatus()).isEqualTo(200);
    }

    @Test
    void prometheusReadsTheCheckLatencyUploadsDecisionsAndTheOutbox() throws Exception {
        Institution inst = data.institution("城" + System.nanoTime());
        Account reviewer = data.reviewer(inst);
        Account c = data.candidate(inst);
        double uploadsBefore = value(scrape(), "gradphoto_uploads_total{source=\"candidate\"}");
        double approvedBefore = value(scrape(), "gradphoto_decisions_total{kind=\"photo\",outcome=\"APPROVED\"}");
        photos.upload(c.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        photos.submit(c.getId());
        CandidatePhoto p = photos.photoOf(c.getId());
        reviews.approve(reviewer.getId(), p.getId(), p.getVersion());

        String metrics = scrape();
        assertThat(value(metrics, "gradphoto_uploads_total{source=\"candidate\"}")).isEqualTo(uploadsBefore + 1);
        assertThat(value(metrics, "gradphoto_decisions_total{kind=\"photo\",outcome=\"APPROVED\"}")).isEqualTo(approvedBefore + 1);
        // a latency histogram (buckets a dashboard turns into p95), not only a mean
        assertThat(metrics).contains("gradphoto_check_seconds_bucket{kind=\"check_and_fix\",le=", "gradphoto_check_seconds_count{kind=\"check_and_fix\"}",
                "gradphoto_check_waiting ", "gradphoto_outbox_waiting ", "jvm_memory_used_bytes");
    }

    String scrape() throws Exception {
        MockHttpServletResponse r = anonymous("/actuator/prometheus");
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }

    /** The value of one series, 0 when it is not there yet. */
    static double value(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).strip())).orElse(0.0);
    }
}
