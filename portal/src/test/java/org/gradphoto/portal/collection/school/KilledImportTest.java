package org.gradphoto.portal.collection.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.portal.Http;
import org.gradphoto.portal.PortalProcess;
import org.gradphoto.portal.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A studio import killed with {@code kill -9} halfway, as the one node of the embedded portal dies: the portal runs
 * as its own process on an H2 file database, is killed while its job collects 150 photos, and started again. The
 * job goes on by itself where the dead process stopped: every photo collected exactly once, the start in the audit
 * trail once, no file without its row, no row without its file, and the zip itself removed once the job is done.
 */
@Tag("process")
class KilledImportTest {

    private static final int PHOTOS = 150;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aKilledNodesImportGoesOnWhenItStartsAgainAndCollectsEachPhotoOnce() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        for (int i = 0; i < PHOTOS; i++) {
            files.put(TestData.newIdNumber() + ".jpg", JpegEdits.withExif(photo, JpegEdits.Exif.software("Canon EOS shot " + i)));
        }
        byte[] zip = SchoolData.zip(files);
        Path data = dir.resolve("data");
        Path photos = data.resolve("photos");
        List<String> settings = List.of("--gradphoto.data-dir=" + data, "--gradphoto.demo=true", // a sweep leaves files younger than 5 s alone: a photo whose transaction is still open on a node
                "--gradphoto.store.sweep-grace=PT5S",
                "--gradphoto.store.sweep-every=PT1S");

        String job;
        int demo;
        PortalProcess first = PortalProcess.start(dir, "first", settings);
        try {
            Http school = first.schoolOffice();
            // the demo data has photos of its own
            demo = committed(photos);
            HttpResponse<String> sent = school.postFile("/school/studio", Map.of(), "file", "studio.zip", zip);
            job = Http.location(sent);
            assertThat(job).as("the page returns at once with the job's page").matches("/school/studio/\\d+");
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (committed(photos) - demo < 30 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String page = school.get(job).body();
            assertThat(page).as("the job is still running when the node dies").contains("data-state=\"RUNNING\"", "已处理");
        } finally {
            first.kill();
        }
        int before = committed(photos) - demo - 1;
        assertThat(before).as("photos the dead node committed (less the zip)").isBetween(29, PHOTOS - 1);

        PortalProcess second = PortalProcess.start(dir, "second", settings);
        String done;
        String audit;
        try {
            Http school = second.schoolOffice();
            done = school.awaitJob(job).body();
            audit = school.get("/school/audit").body();
            // the zip's row went with the job's end; the store's sweep (every second here) removes its bytes
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (committed(photos) > demo + PHOTOS && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        } finally {
            second.close();
        }
        assertThat(done).contains("data-state=\"DONE\"", "导入完成", "已采集 " + PHOTOS + " 张，未采集 0 个文件");
        assertThat(audit.split("开始导入照相馆数据", -1)).as("the start is on record once").hasSize(2);

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
            try (ResultSet r = s.executeQuery("select runs, processed, succeeded, unchanged, skipped from job")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).as("taken up again after the kill").isEqualTo(2);
                assertThat(List.of(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5))).containsExactly(PHOTOS, PHOTOS, 0, 0);
            }
            Set<String> keys = new HashSet<>();
            try (ResultSet r = s.executeQuery("select file_key from stored_file")) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
            List<String> onDisk = allFiles(photos);
            assertThat(onDisk).noneMatch(f -> f.endsWith(".part") || f.endsWith(".pending"));
            assertThat(new HashSet<>(onDisk)).as("the zip's bytes went with its row").isEqualTo(keys);
        }
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
}
