package org.gradphoto.portal.collection.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
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
import org.gradphoto.portal.files.S3Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two portal processes on one PostgreSQL schema and one S3Proxy bucket, as a province runs them: a studio's zip of
 * 1,000 photos is sent to node A; the node that runs its job is killed with {@code kill -9} in the middle; the other
 * node finishes the job. Every photo is collected exactly once, no object is left in the bucket without its row,
 * and the job's page on the surviving node (reached with node A's session cookie) says done.
 */
@Tag("process")
class JobOnTwoNodesTest {

    private static final int PHOTOS = 1_000;
    private static final String SCHEMA = "gradphoto_job_nodes";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aJobWhoseNodeIsKilledIsFinishedByTheOtherNodeCollectingEachPhotoOnce() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL server at 127.0.0.1:5432 (database test, user postgres): skipping");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        for (int i = 0; i < PHOTOS; i++) {
            files.put(TestData.newIdNumber() + ".jpg", JpegEdits.withExif(photo, JpegEdits.Exif.software("Canon EOS shot " + i)));
        }
        byte[] zip = SchoolData.zip(files);

        try (S3Server s3 = S3Server.start()) {
            List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA,
                    "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
                    "--gradphoto.sessions=database", "--gradphoto.store=s3", "--gradphoto.s3.endpoint=" + s3.endpoint(),
                    "--gradphoto.s3.bucket=photos", "--gradphoto.s3.access-key=" + S3Server.ACCESS_KEY,
                    "--gradphoto.s3.secret-key=" + S3Server.SECRET_KEY, "--gradphoto.demo=true", // a sweep leaves files younger than 5 s alone: a photo whose transaction is still open on a node
                "--gradphoto.store.sweep-grace=PT5S",
                    "--gradphoto.store.sweep-every=PT1S"));
            PortalProcess a = PortalProcess.start(dir, "node-a", with(settings, "--gradphoto.data-dir=" + dir.resolve("a")));
            PortalProcess b = PortalProcess.start(dir, "node-b", with(settings, "--gradphoto.data-dir=" + dir.resolve("b")));
            try {
                Http onA = a.schoolOffice();
                HttpResponse<String> sent = onA.postFile("/school/studio", Map.of(), "file", "studio-1000.zip", zip);
                String page = Http.location(sent);
                assertThat(page).as("the page returns at once with the job's page").matches("/school/studio/\\d+");
                long job = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                String[] row = jobRow(job);
                while (Integer.parseInt(row[1]) < 150 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                    row = jobRow(job);
                }
                assertThat(row[0]).as("running when its node dies").isEqualTo("RUNNING");
                PortalProcess runner = row[2].endsWith(":" + a.pid()) ? a : b;
                PortalProcess survivor = runner == a ? b : a;
                runner.kill();
                int doneWhenKilled = Integer.parseInt(jobRow(job)[1]);
                assertThat(doneWhenKilled).isBetween(150, PHOTOS - 1);

                // the survivor serves the same session (database sessions): node A's cookie, on the other node
                Http onSurvivor = onA.onNode(survivor.port());
                String end = onSurvivor.awaitJob(page).body();
                assertThat(end).contains("data-state=\"DONE\"", "导入完成", "已采集 1,000 张，未采集 0 个文件");
                String[] last = jobRow(job);
                assertThat(last[2]).as("finished by the survivor").endsWith(":" + survivor.pid());
                assertThat(last[3]).as("taken up twice").isEqualTo("2");

                Set<String> ours = new HashSet<>();
                files.keySet().forEach(f -> ours.add(f.replace(".jpg", "")));
                List<String> collected = column("select id_number from " + SCHEMA + ".collected_photo where source = 'STUDIO' and state = 'COLLECTED'");
                collected.retainAll(ours);
                assertThat(collected).hasSize(PHOTOS);
                assertThat(new HashSet<>(collected)).as("each once").hasSize(PHOTOS);

                // the zip's row went with the job's end and the sweep (every second here) removes its object; what the
                // dead node left half-done is swept too: the bucket holds exactly the files the rows name
                Set<String> keys = new HashSet<>(column("select file_key from " + SCHEMA + ".stored_file"));
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!objects(s3.data().resolve("photos")).equals(keys) && System.nanoTime() < until) {
                    Thread.sleep(200);
                    keys = new HashSet<>(column("select file_key from " + SCHEMA + ".stored_file"));
                }
                assertThat(objects(s3.data().resolve("photos"))).isEqualTo(keys);
            } finally {
                a.kill();
                b.kill();
            }
        }
    }

    private static List<String> with(List<String> settings, String more) {
        List<String> all = new ArrayList<>(settings);
        all.add(more);
        return all;
    }

    /** state, processed, node, runs of the job, read from the database as an operator would. */
    private static String[] jobRow(long job) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select state, processed, node, runs from " + SCHEMA + ".job where id = " + job)) {
            assertThat(r.next()).isTrue();
            return new String[] {r.getString(1), String.valueOf(r.getInt(2)), String.valueOf(r.getString(3)), String.valueOf(r.getInt(4))};
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    /** The bucket's objects (a folder of the filesystem backend), pending ones included by their key path. */
    private static Set<String> objects(Path bucket) throws IOException {
        if (!Files.isDirectory(bucket)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.walk(bucket)) {
            return new HashSet<>(s.filter(Files::isRegularFile).map(p -> bucket.relativize(p).toString().replace('\\', '/')).toList());
        }
    }
}
