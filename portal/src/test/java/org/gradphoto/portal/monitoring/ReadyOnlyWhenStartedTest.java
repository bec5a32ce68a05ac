package org.gradphoto.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.Http;
import org.gradphoto.portal.PortalApplication;
import org.gradphoto.portal.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A node starting for real (its own web server, demo data on): between the server taking connections and the
 * start-up work being done (held open here by one more start-up step) every request is a 503 and the readiness probe
 * says OUT_OF_SERVICE; the demo API key is never answered 401. Once started: UP, and the key works.
 */
class ReadyOnlyWhenStartedTest {

    /** The demo API client checking a photo. */
    static HttpResponse<String> check(int port) {
        return new Http(port).basic(DemoData.API, DemoData.API_KEY)
                .postFile("/api/v1/photos/check", Map.of(), "file", "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
    }

    @Test
    void aStartingNodeRefusesWith503UntilItsStartUpIsDoneAndNeverSays401() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger port = new AtomicInteger();
        AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        SpringApplicationBuilder app = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(c -> ((GenericApplicationContext) c).registerBean("heldStartUp", ApplicationRunner.class,
                        () -> args -> release.await(60, TimeUnit.SECONDS)))
                // a class, not a lambda: the event type must be readable for the listener to get only its event
                .listeners(new ApplicationListener<WebServerInitializedEvent>() {
                    @Override
                    public void onApplicationEvent(WebServerInitializedEvent e) {
                        port.set(e.getWebServer().getPort());
                    }
                });
        Thread start = new Thread(() -> {
            try {
                // as arguments: they outrank the test profile's gradphoto.demo=false
                started.set(app.run("--gradphoto.demo=true", "--server.port=0"));
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        start.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (port.get() == 0 && failed.get() == null && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(failed.get()).isNull();
            assertThat(port.get()).as("the web server started").isPositive();
            assertThat(start.isAlive()).as("still starting").isTrue();

            Http probes = new Http(port.get()).accepting("application/json");
            HttpResponse<String> probe = probes.get("/actuator/health/readiness");
            assertThat(probe.statusCode()).isEqualTo(503);
            assertThat(probe.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(probes.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            HttpResponse<String> api = check(port.get());
            assertThat(api.statusCode()).as("never a 401 for an account about to exist").isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.body()).contains("系统正在启动", "The portal is starting");
            HttpResponse<String> page = new Http(port.get()).get("/login");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("系统正在启动，请稍后再试。");

            release.countDown();
            start.join(120_000);
            assertThat(failed.get()).isNull();
            assertThat(probes.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(check(port.get()).statusCode()).as("the demo key works once ready").isEqualTo(200);
        } finally {
            release.countDown();
            start.join(120_000);
            if (started.get() != null) {
                started.get().close();
            }
        }
    }
}
