package org.gradphoto.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gradphoto.engine.testing.Engines;

/**
 * The portal as several nodes would run it, on this machine: PostgreSQL (127.0.0.1:5432, a schema of its own),
 * photos in a bucket of a real S3-API server (S3Proxy from the s3-server module, its own process), sessions in the
 * database. First one node with 16 candidates uploading through the page, then the same with a second node started
 * beside it and the candidates split between the two (each keeps its session; any node would do). Prints the same
 * table as PortalLoadBench for both, and each node's resident memory.
 * Run after {@code mvn -q -B install -DskipTests}, from the repository root:
 * {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.TwoNodeLoadBench -Dexec.args="16 30 -Xmx256m"}.
 */
public final class TwoNodeLoadBench {

    static final String SCHEMA = "gradphoto_bench";

    private TwoNodeLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> jvm = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        Path jar = Path.of("portal/target/gradphoto-portal-exec.jar");
        Path s3cp = Path.of("s3-server/target/s3proxy.classpath");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(s3cp)) {
            throw new IllegalStateException("build first: mvn -q -B install -DskipTests");
        }
        Path data = Files.createTempDirectory("gradphoto-two-nodes");
        exec("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c", "drop schema if exists " + SCHEMA + " cascade");
        int base = 19000 + (int) (ProcessHandle.current().pid() % 500);
        Process s3 = startS3(s3cp, base + 9, data);
        List<Process> nodes = new ArrayList<>();
        try {
            nodes.add(node(jar, jvm, base + 1, base + 9, data.resolve("a")));
            PortalLoadBench.waitFor("http://localhost:" + (base + 1) + "/login", 180);
            byte[] photo = Engines.compliant("idpass/sample_id_3.png");
            System.out.println("# TwoNodeLoadBench — " + Timing.machine() + "; node JVM options " + jvm + "; " + clients
                    + " clients, " + seconds + " s per run after 10 s warm-up; PostgreSQL, S3Proxy, database sessions");
            System.out.println("| run | requests | errors | per second | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            List<PortalLoadBench.Client> one = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                one.add(PortalLoadBench.Client.candidate("http://localhost:" + (base + 1), i));
            }
            PortalLoadBench.run("candidate upload, one node", one, c -> c.upload(photo), 10, seconds);
            long aAlone = PortalLoadBench.rssMb(nodes.get(0).pid(), "VmHWM");

            nodes.add(node(jar, jvm, base + 2, base + 9, data.resolve("b")));
            PortalLoadBench.waitFor("http://localhost:" + (base + 2) + "/login", 180);
            List<PortalLoadBench.Client> two = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                two.add(PortalLoadBench.Client.candidate("http://localhost:" + (base + 1 + i % 2), 100 + i));
            }
            PortalLoadBench.run("candidate upload, two nodes", two, c -> c.upload(photo), 10, seconds);
            System.out.printf(Locale.ROOT, "resident memory: node A peak %d MB alone, %d MB after both runs; node B peak %d MB%n",
                    aAlone, PortalLoadBench.rssMb(nodes.get(0).pid(), "VmHWM"), PortalLoadBench.rssMb(nodes.get(1).pid(), "VmHWM"));
        } finally {
            for (Process p : nodes) {
                p.destroy();
                p.waitFor();
            }
            s3.destroy();
            s3.waitFor();
            exec("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c", "drop schema if exists " + SCHEMA + " cascade");
        }
    }

    static Process node(Path jar, List<String> jvm, int port, int s3Port, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--gradphoto.data-dir=" + dir,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
                "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
                "--gradphoto.demo=true", "--gradphoto.sessions=database", "--gradphoto.store=s3",
                "--gradphoto.s3.endpoint=http://127.0.0.1:" + s3Port, "--gradphoto.s3.bucket=photos",
                "--gradphoto.s3.access-key=bench", "--gradphoto.s3.secret-key=bench-secret",
                "--logging.level.org.gradphoto=WARN", "--server.tomcat.threads.max=32",
                "--gradphoto.limit.register-mobile=100000/PT1M", "--gradphoto.limit.register-address=100000/PT1M",
                "--gradphoto.limit.api=1000000/PT1M"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
    }

    static Process startS3(Path classpath, int port, Path data) throws Exception {
        Path store = Files.createDirectories(data.resolve("s3"));
        Path conf = Files.writeString(data.resolve("s3proxy.conf"), String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=bench", "s3proxy.credential=bench-secret",
                "jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + store) + "\n");
        Process p = new ProcessBuilder("java", "-Xmx256m", "-cp", Files.readString(classpath).strip(), "org.gaul.s3proxy.Main",
                "--properties", conf.toString()).redirectErrorStream(true).redirectOutput(data.resolve("s3proxy.log").toFile()).start();
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return p;
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("S3Proxy did not start");
    }

    static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
