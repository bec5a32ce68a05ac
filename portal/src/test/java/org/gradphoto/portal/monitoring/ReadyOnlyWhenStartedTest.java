package org.gradphoto.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.gradphoto.engine.testing.Engines;
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

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The demo API client checking a photo. */
    HttpResponse<String> check(int port) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"me.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + photo.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(photo, 0, body, head.length, photo.length);
        System.arraycopy(tail, 0, body, head.length + photo.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/photos/check"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((DemoData.API + ":" + DemoData.API_KEY)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
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

            HttpResponse<String> probe = get(port.get(), "/actuator/health/readiness");
            assertThat(probe.statusCode()).isEqualTo(503);
            assertThat(probe.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get(port.get(), "/actuator/health/liveness").statusCode()).isEqualTo(200);
            HttpResponse<String> api = check(port.get());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.body()).contains("系统正在启动", "The portal is starting");
            assertThat(get(port.get(), "/login").statusCode()).isEqualTo(503);

            release.countDown();
            start.join(120_000);
            assertThat(failed.get()).isNull();
            assertThat(get(port.get(), "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
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
