package org.gradphoto.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;

/**
 * A flood of large uploads at once against the real portal (the built jar as its own process, -Xmx256m as the
 * launcher starts it): N clients each send one 10 MB photo (a 12 MP phone photo padded to 10 MB) to
 * {@code POST /api/v1/photos/check} at the same instant, for several rounds. Prints the answers by status (never a
 * 500 is the point: the others are admitted or told 503 with Retry-After), latency, and the server's peak heap and
 * resident memory. Run after {@code mvn -q -B install -DskipTests}, from the repository root:
 * {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.UploadFloodBench -Dexec.args="50 3"}
 * (clients, rounds).
 */
public final class UploadFloodBench {

    private UploadFloodBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> jvm = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
                : List.of("-XX:+UseSerialGC", "-Xmx256m", "-Xss512k", "-XX:ReservedCodeCacheSize=48m");
        Path jar = Path.of("portal/target/gradphoto-portal-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the portal first: mvn -q -B install -DskipTests");
        }
        Path data = Files.createTempDirectory("gradphoto-flood");
        int port = 19000 + (int) (ProcessHandle.current().pid() % 1000);
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--gradphoto.data-dir=" + data,
                "--logging.level.org.gradphoto=WARN", "--gradphoto.limit.api=1000000/PT1M"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        Process server = pb.start();
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicLong heapPeakKb = new AtomicLong();
        try {
            String base = "http://localhost:" + port;
            PortalLoadBench.waitFor(base + "/login", 120);
            byte[] photo = tenMegabytePhoto();
            System.out.println("# UploadFloodBench — " + Timing.machine() + "; server JVM options " + jvm + "; " + clients
                    + " clients at once, " + rounds + " rounds; each uploads " + photo.length + " bytes (12 MP JPEG padded)");
            Thread sampler = new Thread(() -> sampleHeap(server.pid(), heapPeakKb, sampling), "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<Long> nanos = new ArrayList<>();
            String auth = "Basic " + Base64.getEncoder().encodeToString("api:gp-demo-7c41d9e2b8a64f05".getBytes(StandardCharsets.UTF_8));
            int missingRetryAfter = 0;
            for (int round = 0; round < rounds; round++) {
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<long[]>> answers = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    answers.add(pool.submit(() -> {
                        HttpClient h = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                        go.await();
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = send(h, base, auth, photo);
                        long retry = r.statusCode() == 503 && r.headers().firstValue("Retry-After").isEmpty() ? 1 : 0;
                        return new long[] {r.statusCode(), System.nanoTime() - t0, retry};
                    }));
                }
                go.countDown();
                for (Future<long[]> f : answers) {
                    long[] a = f.get();
                    statuses.merge((int) a[0], 1, Integer::sum);
                    nanos.add(a[1]);
                    missingRetryAfter += (int) a[2];
                }
                pool.shutdown();
            }
            sampling.set(false);
            long[] ms = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.println("| answers | p50 ms | p95 ms | max ms | server heap peak | server RSS peak | 503 without Retry-After |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %d MB | %d MB | %d |%n", statuses,
                    PortalLoadBench.pct(ms, 50), PortalLoadBench.pct(ms, 95), ms[ms.length - 1] / 1e6, heapPeakKb.get() >> 10,
                    PortalLoadBench.rssMb(server.pid(), "VmHWM"), missingRetryAfter);
            System.out.println("server errors (5xx other than 503): "
                    + statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503).mapToInt(Map.Entry::getValue).sum());
        } finally {
            sampling.set(false);
            server.destroy();
            server.waitFor();
        }
    }

    /** A real 12 MP photo as JPEG, padded with a comment segment to 10 MB less a little (the limit is 10 MB). */
    static byte[] tenMegabytePhoto() {
        byte[] big = BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 3000, 4000);
        return JpegEdits.paddedTo(big, (10 << 20) - 4096);
    }

    private static HttpResponse<String> send(HttpClient h, String base, String auth, byte[] photo) throws Exception {
        String boundary = "flood" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(photo);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return h.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/photos/check")).timeout(Duration.ofMinutes(5))
                .header("Authorization", auth).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Heap in use (young and old generations) from jstat, every 100 ms, the highest kept. */
    private static void sampleHeap(long pid, AtomicLong peakKb, AtomicBoolean running) {
        try {
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    String.valueOf(pid), "100").redirectErrorStream(true).start();
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream()))) {
                String header = in.readLine();
                if (header == null) {
                    return;
                }
                List<String> cols = Arrays.asList(header.trim().split("\\s+"));
                String line;
                while (running.get() && (line = in.readLine()) != null) {
                    String[] v = line.trim().split("\\s+");
                    if (v.length != cols.size() || !v[0].matches("[0-9.]+")) {
                        continue;
                    }
                    double used = 0;
                    for (String c : List.of("S0U", "S1U", "EU", "OU")) {
                        used += Double.parseDouble(v[cols.indexOf(c)]);
                    }
                    peakKb.accumulateAndGet((long) used, Math::max);
                }
            } finally {
                jstat.destroy();
            }
        } catch (Exception e) {
            // no jstat: the heap column stays 0
        }
    }
}
