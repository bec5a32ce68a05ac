package org.gradphoto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gradphoto.portal.Http;
import org.gradphoto.portal.PortalApplication;
import org.gradphoto.portal.TestData;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.files.S3Server;
import org.gradphoto.portal.photo.PhotoService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal nodes (two applications with their own web servers) on one database with {@code
 * gradphoto.sessions=database}: a candidate logs in on A and carries on on B with the same cookie, many requests of
 * the session at once on both are no 500, B's logout ends the session on A too; with the S3 store (a real S3Proxy),
 * a photo uploaded on A is reviewed on B byte for byte; nodes with memory sessions share none.
 */
class SharedSessionsTest {

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @AfterEach
    void stop() throws Exception {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {b, a}) {
            if (c != null) {
                c.close();
            }
        }
        a = null;
        b = null;
    }

    static final String PG_SCHEMA = "gradphoto_two_nodes";

    /** Two nodes on one fresh in-memory H2 database, keeping their sessions as {@code sessions} says, and {@code more}. */
    void twoNodes(String sessions, String... more) throws Exception {
        twoNodesOn("h2", sessions, more);
    }

    /**
     * Two nodes on one fresh database: in-memory H2, or a schema of its own on the PostgreSQL server (skipped where
     * there is none).
     */
    void twoNodesOn(String database, String sessions, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--gradphoto.sessions=" + sessions,
                "--gradphoto.test.clean-database=false"));
        if (database.equals("postgresql")) {
            try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
                c.createStatement().execute("drop schema if exists " + PG_SCHEMA + " cascade");
            } catch (java.sql.SQLException e) {
                org.junit.jupiter.api.Assumptions.abort("no PostgreSQL at 127.0.0.1:5432: skipping (" + e.getMessage() + ")");
            }
            args.addAll(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PG_SCHEMA,
                    "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + PG_SCHEMA,
                    "--spring.flyway.default-schema=" + PG_SCHEMA));
        } else {
            args.add("--spring.datasource.url=jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        args.addAll(List.of(more));
        // each node its own folder: whatever they share is in the database (or the bucket)
        a = node(args, Files.createTempDirectory("gradphoto-node-a"));
        b = node(args, Files.createTempDirectory("gradphoto-node-b"));
    }

    static ConfigurableApplicationContext node(List<String> settings, Path files) {
        List<String> args = new ArrayList<>(settings);
        args.add("--gradphoto.data-dir=" + files);
        return new SpringApplicationBuilder(PortalApplication.class).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext c) {
        return ((ServletWebServerApplicationContext) c).getWebServer().getPort();
    }

    Account candidate() {
        TestData data = a.getBean(TestData.class);
        return data.candidate(data.institution("城" + System.nanoTime()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgresql"})
    void aCandidateLoggedInOnOneNodeCarriesOnOnTheOtherAndLogsOutOfBoth(String database) throws Exception {
        twoNodesOn(database, "database");
        Account candidate = candidate();
        Http onA = new Http(port(a));
        assertThat(Http.location(onA.logIn(candidate.getUsername(), TestData.PASSWORD))).doesNotContain("error");
        assertThat(onA.cookie("SESSION")).as("a database session's cookie").isNotNull();
        assertThat(onA.cookie("JSESSIONID")).isNull();

        // node B knows the session node A made
        Http onB = onA.onNode(port(b));
        var page = onB.get("/me/photo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(candidate.getName());

        // many requests of the session at once on both nodes, each leaving a flash message (an empty upload): no 500
        onA.get("/me/photo");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Http node = i % 2 == 0 ? onA : onB;
                answers.add(pool.submit(() -> node.postFile("/me/photo", Map.of(), "file", "empty.jpg", new byte[0]).statusCode()));
            }
            for (Future<Integer> f : answers) {
                assertThat(f.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(onA.get("/me/photo").body()).contains(candidate.getName());

        // B logs out; A no longer knows the session either
        assertThat(onB.postForm("/logout", Map.of()).statusCode()).isEqualTo(302);
        var after = onA.get("/me/photo");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(Http.location(after)).endsWith("/login");
    }

    @Test
    void aPhotoUploadedOnOneNodeIsReviewedOnTheOtherFromTheSharedBucketByteForByte() throws Exception {
        try (S3Server s3 = S3Server.start()) {
            twoNodes("database", "--gradphoto.store=s3", "--gradphoto.s3.endpoint=" + s3.endpoint(), "--gradphoto.s3.bucket=photos",
                    "--gradphoto.s3.access-key=" + S3Server.ACCESS_KEY, "--gradphoto.s3.secret-key=" + S3Server.SECRET_KEY);
            TestData data = a.getBean(TestData.class);
            Institution inst = data.institution("城" + System.nanoTime());
            Account candidate = data.candidate(inst);
            Account reviewer = data.reviewer(inst);
            byte[] photo = Engines.compliant("idpass/sample_id_3.png");

            Http onA = new Http(port(a));
            onA.logIn(candidate.getUsername(), TestData.PASSWORD);
            onA.get("/me/photo");
            assertThat(onA.postFile("/me/photo", Map.of(), "file", "me.jpg", photo).statusCode()).isEqualTo(302);
            var current = a.getBean(PhotoService.class).photoOf(candidate.getId()).getCurrent();
            assertThat(current).as("the upload was kept").isNotNull();

            Http onB = new Http(port(b));
            onB.logIn(reviewer.getUsername(), TestData.PASSWORD);
            var original = onB.getBytes("/photos/" + current.getId() + "/original");
            assertThat(original.statusCode()).isEqualTo(200);
            assertThat(original.body()).isEqualTo(photo);
            // the bytes are the bucket's (the server keeps an object as a file), not a node's folder
            assertThat(Files.readAllBytes(s3.data().resolve("photos").resolve(current.getOriginal().getKey()))).isEqualTo(photo);
            assertThat(Path.of(a.getEnvironment().getProperty("gradphoto.photos-dir"))).doesNotExist();
        }
    }

    @Test
    void nodesWithMemorySessionsDoNotShareThem() throws Exception {
        twoNodes("memory");
        Account candidate = candidate();
        Http onA = new Http(port(a));
        onA.logIn(candidate.getUsername(), TestData.PASSWORD);
        assertThat(onA.cookie("JSESSIONID")).isNotNull();
        assertThat(onA.get("/me/photo").statusCode()).isEqualTo(200);
        assertThat(onA.onNode(port(b)).get("/me/photo").statusCode()).isEqualTo(302);
    }
}
