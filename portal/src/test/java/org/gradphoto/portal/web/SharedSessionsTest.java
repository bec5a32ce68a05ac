package org.gradphoto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradphoto.portal.PortalApplication;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal nodes (two applications with their own web servers) on one database with {@code
 * gradphoto.sessions=database}: a candidate logs in on A and carries on on B with the same cookie, B's logout ends
 * the session on A too, and a node with memory sessions knows nothing of them.
 */
class SharedSessionsTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {b, a}) {
            if (c != null) {
                c.close();
            }
        }
    }

    static ConfigurableApplicationContext node(String database, Path files, String sessions) {
        return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0", "--gradphoto.sessions=" + sessions,
                "--spring.datasource.url=" + database, "--gradphoto.data-dir=" + files);
    }

    static int port(ConfigurableApplicationContext c) {
        return ((ServletWebServerApplicationContext) c).getWebServer().getPort();
    }

    HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<?> r, String fallback) {
        List<String> set = r.headers().allValues("Set-Cookie");
        return set.stream().filter(c -> c.startsWith("SESSION=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(fallback);
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    @Test
    void aCandidateLoggedInOnOneNodeCarriesOnOnTheOtherAndLogsOutOfBoth() throws Exception {
        String database = "jdbc:h2:mem:two-nodes-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path files = Files.createTempDirectory("gradphoto-two-nodes");
        a = node(database, files, "database");
        b = node(database, files, "database");
        TestData data = a.getBean(TestData.class);
        Account candidate = data.candidate(data.institution("城" + System.nanoTime()));

        HttpResponse<String> login = get(a, "/login", null);
        String cookie = sessionCookie(login, null);
        assertThat(cookie).as("a database session's cookie").startsWith("SESSION=");
        HttpResponse<String> in = post(a, "/login", cookie, "username=" + candidate.getUsername() + "&password=" + TestData.PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8));
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        cookie = sessionCookie(in, cookie);

        // node B knows the session node A made
        HttpResponse<String> onB = get(b, "/me/photo", cookie);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(candidate.getName());

        // many requests of the session at once on both nodes, each leaving a flash message: none is a 500
        String token = URLEncoder.encode(csrf(onB.body()), StandardCharsets.UTF_8);
        String session = cookie;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
                answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + "/me/photo?_csrf=" + token))
                        .header("Cookie", session).header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> f : answers) {
                assertThat(f.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(get(a, "/me/photo", cookie).body()).contains(candidate.getName());

        // B logs out; A no longer knows the session either
        HttpResponse<String> out = post(b, "/logout", cookie, "_csrf=" + URLEncoder.encode(csrf(onB.body()), StandardCharsets.UTF_8));
        assertThat(out.statusCode()).isEqualTo(302);
        HttpResponse<String> onA = get(a, "/me/photo", cookie);
        assertThat(onA.statusCode()).isEqualTo(302);
        assertThat(onA.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void nodesWithMemorySessionsDoNotShareThem() throws Exception {
        String database = "jdbc:h2:mem:two-nodes-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path files = Files.createTempDirectory("gradphoto-two-nodes");
        a = node(database, files, "memory");
        b = node(database, files, "memory");
        TestData data = a.getBean(TestData.class);
        Account candidate = data.candidate(data.institution("城" + System.nanoTime()));
        HttpResponse<String> login = get(a, "/login", null);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> in = post(a, "/login", cookie, "username=" + candidate.getUsername() + "&password=" + TestData.PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8));
        String after = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(cookie);
        assertThat(get(a, "/me/photo", after).statusCode()).isEqualTo(200);
        assertThat(get(b, "/me/photo", after).statusCode()).isEqualTo(302);
    }
}
