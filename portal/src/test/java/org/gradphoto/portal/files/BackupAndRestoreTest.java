package org.gradphoto.portal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.PortalApplication;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.demo.DemoData;
import org.gradphoto.portal.photo.PhotoService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The README's backup and restore, done for real: a node on PostgreSQL with its photos in a bucket (demo data and an
 * upload), {@code pg_dump -Fc} of its schema and a copy of its bucket; {@code pg_restore} into an empty database and
 * the copy into an empty bucket. Every table has the same number of rows, and a node on the restored pair reads every
 * stored file with its checksum intact, the upload byte for byte.
 */
class BackupAndRestoreTest {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String SCHEMA = "gradphoto_backup";

    @TempDir
    Path dir;

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SERVER + database, "postgres", "");
    }

    static ConfigurableApplicationContext node(String database, S3Server s3, String bucket, Path files) {
        return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0", "--gradphoto.demo=true",
                "--gradphoto.test.clean-database=false", "--spring.datasource.url=" + SERVER + database + "?currentSchema=" + SCHEMA,
                "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
                "--gradphoto.data-dir=" + files, "--gradphoto.store=s3", "--gradphoto.s3.endpoint=" + s3.endpoint(),
                "--gradphoto.s3.bucket=" + bucket, "--gradphoto.s3.access-key=" + S3Server.ACCESS_KEY,
                "--gradphoto.s3.secret-key=" + S3Server.SECRET_KEY);
    }

    /** Rows of every table of the schema. */
    static Map<String, Long> rows(String database) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = '" + SCHEMA
                    + "' and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet r = s.executeQuery("select count(*) from " + SCHEMA + "." + t)) {
                    r.next();
                    out.put(t, r.getLong(1));
                }
            }
        }
        return out;
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    @Test
    void aDumpAndABucketCopyRestoreIntoAnEmptyDatabaseAndBucketWithTheSameRowsAndBytes() throws Exception {
        try (Connection c = connect("test")) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL at 127.0.0.1:5432 (database test, user postgres): skipping (" + e.getMessage() + ")");
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")), "no pg_dump (apt-get install postgresql-client): skipping");
        String restored = "gradphoto_restore_" + System.nanoTime();
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        try (S3Server s3 = S3Server.start()) {
            // the live portal: demo data, and the demo candidate's upload
            String uploadKey;
            try (ConfigurableApplicationContext live = node("test", s3, "live", dir.resolve("live"))) {
                Long candidate = live.getBean(AccountRepository.class).findByUsername(DemoData.CANDIDATE_ID).orElseThrow().getId();
                uploadKey = live.getBean(PhotoService.class).upload(candidate, "me.jpg", photo).getOriginal().getKey();
            }
            Map<String, Long> before = rows("test");
            assertThat(before.get("account")).isGreaterThan(4);
            assertThat(before.get("stored_file")).isPositive();

            // back up: the schema as a dump, the bucket as files
            Path dump = dir.resolve("gradphoto.dump");
            run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-n", SCHEMA, "-Fc", "-f", dump.toString());
            S3Client client = FilesConfig.s3(s3.endpoint(), "us-east-1", "live", S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
            Path copy = Files.createDirectories(dir.resolve("bucket"));
            List<String> keys = client.listObjectsV2Paginator(b -> b.bucket("live")).contents().stream().map(S3Object::key)
                    .filter(k -> !k.endsWith("/")).toList();
            for (String k : keys) {
                Path f = copy.resolve(k);
                Files.createDirectories(f.getParent());
                Files.write(f, client.getObjectAsBytes(b -> b.bucket("live").key(k)).asByteArray());
            }
            assertThat(keys).contains(uploadKey).noneMatch(k -> k.startsWith(S3PhotoStore.PENDING));

            // restore into an empty database and an empty bucket
            try (Connection c = connect("test")) {
                c.createStatement().execute("create database " + restored);
            }
            try {
                run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "-d", restored, "--no-owner", dump.toString());
                S3Client target = FilesConfig.s3(s3.endpoint(), "us-east-1", "restored", S3Server.ACCESS_KEY, S3Server.SECRET_KEY);
                for (String k : keys) {
                    target.putObject(b -> b.bucket("restored").key(k), RequestBody.fromFile(copy.resolve(k)));
                }
                assertThat(rows(restored)).isEqualTo(before);

                // a node on the restored pair reads every file, checked against its recorded checksum
                try (ConfigurableApplicationContext back = node(restored, s3, "restored", dir.resolve("back"))) {
                    assertThat(rows(restored)).as("the node started on the restored data changed nothing").isEqualTo(before);
                    StoredFileRepository files = back.getBean(StoredFileRepository.class);
                    PhotoStore store = back.getBean(PhotoStore.class);
                    List<StoredFile> all = files.findAll();
                    assertThat(all).hasSize(before.get("stored_file").intValue());
                    for (StoredFile f : all) {
                        assertThat(store.get(f)).hasSize((int) f.getSizeBytes());
                    }
                    assertThat(store.get(files.findById(uploadKey).orElseThrow())).isEqualTo(photo);
                }
            } finally {
                try (Connection c = connect("test")) {
                    c.createStatement().execute("drop database if exists " + restored + " with (force)");
                    c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
                }
            }
        }
    }
}
