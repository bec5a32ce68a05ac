package org.gradphoto.portal.collection.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.portal.Http;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.demo.DemoData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A studio import killed with {@code kill -9} halfway, as a node dies: the portal runs as its own process on an H2
 * file database, is killed while importing 150 photos, and started again. What was committed stays, the start of
 * the import is in the audit trail, files the dead process left are swept away, and importing the same zip again
 * completes it: every photo collected exactly once, no file without its row, no row without its file.
 */
@Tag("process")
class KilledImportTest {

    private static final int PHOTOS = 150;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aKilledImportLeavesWhatItCommittedAndAnImportAgainCompletesIt() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        for (int i = 0; i < PHOTOS; i++) {
            files.put(TestData.newIdNumber() + ".jpg", JpegEdits.withExif(photo, JpegEdits.Exif.software("Canon EOS shot " + i)));
        }
        byte[] zip = SchoolData.zip(files);
        Path data = dir.resolve("data");
        Path photos = data.resolve("photos");

        int port = freePort();
        Process first = start(data, port);
        int demo;
        try {
            Http school = logIn(port);
            // the demo data has photos of its own
            demo = committed(photos);
            CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(
                    () -> school.postFile("/school/studio", Map.of(), "file", "studio.zip", zip));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (committed(photos) - demo < 30 && System.nanoTime() < deadline && !importing.isDone()) {
                Thread.sleep(20);
            }
            assertThat(importing.isDone()).as("the import is still running when the node dies").isFalse();
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        int before = committed(photos) - demo;
        assertThat(before).isBetween(30, PHOTOS - 1);

        Process second = start(data, port);
        int collectedAgain;
        int already;
        try {
            Http school = logIn(port);
            assertThat(school.get("/school/audit").body()).contains("开始导入照相馆数据", "studio.zip");
            String report = school.follow(school.postFile("/school/studio", Map.of(), "file", "studio.zip", zip)).body();
            collectedAgain = number(report, "已采集 (\\d+) 张");
            already = number(report, "另有 (\\d+) 张照片此前已经采集");
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(collectedAgain + already).isEqualTo(PHOTOS);
        // what the dead node committed counts as collected; at most the one photo whose commit it was in the middle of
        // may have been lost with it
        assertThat(already).isBetween(before, before + 1);

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("gradphoto")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                Statement s = db.createStatement()) {
            Set<String> ours = new HashSet<>();
            files.keySet().forEach(f -> ours.add(f.replace(".jpg", "")));
            Set<String> ids = new HashSet<>();
            int rows = 0;
            try (ResultSet r = s.executeQuery("select id_number from collected_photo where source = 'STUDIO' and state = 'COLLECTED'")) {
                while (r.next()) {
                    if (ours.contains(r.getString(1))) {
                        ids.add(r.getString(1));
                        rows++;
                    }
                }
            }
            assertThat(rows).isEqualTo(PHOTOS);
            assertThat(ids).hasSize(PHOTOS);
            Set<String> keys = new HashSet<>();
            try (ResultSet r = s.executeQuery("select file_key from stored_file")) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
            List<String> onDisk = allFiles(photos);
            assertThat(onDisk).noneMatch(f -> f.endsWith(".part") || f.endsWith(".pending"));
            assertThat(new HashSet<>(onDisk)).isEqualTo(keys);
        }
    }

    private Process start(Path data, int port) throws IOException {
        Path log = dir.resolve("portal-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.gradphoto.portal.PortalApplication", "--server.port=" + port, "--gradphoto.data-dir=" + data,
                "--gradphoto.demo=true", "--gradphoto.store.sweep-grace=PT0S", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (new Http(port).get("/login").statusCode() == 200) {
                    return p;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the portal did not start: " + Files.readString(log));
            }
            sleep(250);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the portal did not start in time: " + Files.readString(log));
    }

    private static Http logIn(int port) {
        Http h = new Http(port);
        // the demo data is made right after the start; a login may come a moment too early
        for (int i = 0; i < 40; i++) {
            if (Http.location(h.logIn(DemoData.SCHOOL, DemoData.SCHOOL_PASSWORD)).equals("/")) {
                h.get("/school");
                return h;
            }
            sleep(250);
        }
        throw new IllegalStateException("cannot log in as the demo school");
    }

    /** Photos whose transaction committed: files under their final name. */
    private static int committed(Path photos) throws IOException {
        return (int) allFiles(photos).stream().filter(f -> f.matches("[0-9a-f]{32}")).count();
    }

    private static List<String> allFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static int number(String page, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
