package org.gradphoto.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.PasswordReset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SMS leaves through the outbox to an HTTP gateway where one is configured: a real HTTP server started here takes
 * the JSON with the bearer token; while it answers 503 nothing is lost, and once it takes messages each arrives
 * once.
 */
@SpringBootTest
class SmsThroughAGatewayTest {

    static final String TOKEN = "sms-token-0123";
    static final List<JsonNode> received = new CopyOnWriteArrayList<>();
    static final List<String> authorizations = new CopyOnWriteArrayList<>();
    static final AtomicInteger refusalsLeft = new AtomicInteger();
    static final HttpServer gateway = start();

    static HttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/sms", x -> {
                byte[] body = x.getRequestBody().readAllBytes();
                if (refusalsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    x.sendResponseHeaders(503, -1);
                } else {
                    received.add(new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8)));
                    authorizations.add(x.getRequestHeaders().getFirst("Authorization"));
                    x.sendResponseHeaders(200, -1);
                }
                x.close();
            });
            s.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void gatewaySettings(DynamicPropertyRegistry r) {
        r.add("gradphoto.outbox.enabled", () -> true);
        r.add("gradphoto.outbox.delay-ms", () -> 200);
        r.add("gradphoto.sms.gateway-url", () -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
        r.add("gradphoto.sms.gateway-token", () -> TOKEN);
    }

    @AfterAll
    static void stop() {
        gateway.stop(0);
    }

    @Autowired
    TestData data;
    @Autowired
    PasswordReset reset;

    List<JsonNode> to(String number) {
        return received.stream().filter(j -> j.path("to").asText().equals(number)).toList();
    }

    @Test
    void theCodeOfForgottenPasswordGoesToTheGatewayWithTheToken() {
        Account a = data.candidate(data.institution("城" + System.nanoTime()));
        reset.request(a.getUsername());
        await().atMost(Duration.ofSeconds(20)).until(() -> !to(a.getMobile()).isEmpty());
        assertThat(to(a.getMobile()).get(0).path("text").asText()).matches("【学历照片平台】您正在找回密码，验证码 \\d{6}，15 分钟内有效。.*");
        assertThat(authorizations).contains("Bearer " + TOKEN);
    }

    @Test
    void whileTheGatewayRefusesNothingIsLostAndOnceItTakesMessagesEachArrivesOnce() {
        refusalsLeft.set(2);
        Account a = data.candidate(data.institution("城" + System.nanoTime()));
        reset.request(a.getUsername());
        await().atMost(Duration.ofSeconds(60)).until(() -> !to(a.getMobile()).isEmpty());
        assertThat(refusalsLeft.get()).isZero();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> to(a.getMobile()).size() == 1);
    }
}
