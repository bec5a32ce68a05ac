package org.gradphoto.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.testing.Engines;

/**
 * Load on the real portal over loopback: the built jar started as its own process (on its embedded H2 database,
 * demo data), then 16 clients at once for a fixed time, each sending a 480 x 640 photo again and again, in two
 * runs: candidates uploading through the page (log in, upload with the form's CSRF token: check, draw the guides,
 * store) and an API client checking through {@code POST /api/v1/photos/check}. Prints throughput, p50/p95/p99
 * latency, errors, and the server's resident memory (peak and at the end).
 * Run after {@code mvn -q -B install -DskipTests}, from the repository root:
 * {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.PortalLoadBench -Dexec.args="16 60 -Xmx256m"}
 * (clients, seconds per run, then JVM options for the server).
 */
public final class PortalLoadBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern INSTITUTION = Pattern.compile("<option value=\"(\\d+)\"");

    private PortalLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<String> jvm = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        Path jar = Path.of("portal/target/gradphoto-portal-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the portal first: mvn -q -B install -DskipTests");
        }
        Path data = Files.createTempDirectory("gradphoto-load");
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--gradphoto.data-dir=" + data,
                "--logging.level.org.gradphoto=WARN", "--server.tomcat.threads.max=32",
                // a load test registers many candidates with one number from one address, and calls the API flat out
                "--gradphoto.limit.register-mobile=100000/PT1M", "--gradphoto.limit.register-address=100000/PT1M",
                "--gradphoto.limit.api=1000000/PT1M"));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        try {
            String base = "http://localhost:" + port;
            waitFor(base + "/login", 120);
            byte[] photo = Engines.compliant("idpass/sample_id_3.png");
            System.out.println("# PortalLoadBench — " + Timing.machine() + "; server JVM options " + jvm + "; " + clients
                    + " clients, " + seconds + " s per run after 10 s warm-up; photo " + photo.length + " bytes (480 x 640, passes)");
            System.out.printf(Locale.ROOT, "server resident memory after start: %d MB%n", rssMb(server.pid(), "VmRSS"));
            List<Client> candidates = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                candidates.add(Client.candidate(base, i));
            }
            System.out.println("| run | requests | errors | per second | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            run("candidate upload (page)", candidates, c -> c.upload(photo), 10, seconds);
            if (Boolean.getBoolean("pageOnly")) {
                return;
            }
            List<Client> api = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                api.add(Client.api(base));
            }
            run("API check", api, c -> c.apiCheck(photo), 10, seconds);
            System.out.printf(Locale.ROOT, "server resident memory: peak %d MB, at the end %d MB%n", rssMb(server.pid(), "VmHWM"),
                    rssMb(server.pid(), "VmRSS"));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    interface Call {
        int send(Client c) throws Exception;
    }

    static void run(String name, List<Client> clients, Call call, int warmupSeconds, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (Client c : clients) {
            fs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = call.send(c);
                    } catch (Exception e) {
                        status = -1;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= warmEnd && t1 <= end) {
                        latencies.add(t1 - t0);
                        if (status != 200 && status != 302) {
                            errors.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        long[] ms = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f |%n", name, ms.length, errors.get(),
                ms.length / (double) seconds, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static long rssMb(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) >> 10).findFirst().orElse(-1L);
    }

    static void waitFor(String url, int seconds) throws Exception {
        HttpClient h = HttpClient.newHttpClient();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end) {
            try {
                if (h.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal did not start in " + seconds + " s");
    }

    /** One client: its own cookies (session), as a browser would have. */
    static final class Client {

        final String base;
        final HttpClient http;
        final String basicAuth;
        String csrf;

        private Client(String base, String basicAuth) {
            this.base = base;
            this.basicAuth = basicAuth;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        }

        static Client api(String base) {
            return new Client(base, "Basic " + Base64.getEncoder().encodeToString("api:gp-demo-7c41d9e2b8a64f05".getBytes(StandardCharsets.UTF_8)));
        }

        /** Registers a new candidate, logs in, and keeps the session's CSRF token. */
        static Client candidate(String base, int n) throws Exception {
            Client c = new Client(base, null);
            String form = c.get("/register");
            String token = find(CSRF, form);
            String inst = find(INSTITUTION, form);
            String id = IdNumber.complete(String.format(Locale.ROOT, "340202199%d%02d%02d%03d", n % 10, 1 + n % 12, 1 + n % 28,
                    (int) (System.nanoTime() % 900) + 100)).value();
            c.post("/register", "_csrf=" + token + "&name=" + enc("压测考生" + n) + "&idType=RESIDENT_ID_CARD&idNumber=" + id
                    + "&mobile=13800138000&institutionId=" + inst + "&password=Load2026x&confirmPassword=Load2026x");
            token = find(CSRF, c.get("/login"));
            c.post("/login", "_csrf=" + token + "&username=" + id + "&password=Load2026x");
            c.csrf = find(CSRF, c.get("/me/photo"));
            return c;
        }

        int upload(byte[] photo) throws Exception {
            return send("/me/photo?_csrf=" + csrf, photo, null);
        }

        int apiCheck(byte[] photo) throws Exception {
            return send("/api/v1/photos/check", photo, basicAuth);
        }

        private int send(String path, byte[] photo, String auth) throws Exception {
            String boundary = "loadBoundary";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"me.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + photo.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(photo, 0, body, head.length, photo.length);
            System.arraycopy(tail, 0, body, head.length + photo.length, tail.length);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (auth != null) {
                b.header("Authorization", auth);
            }
            HttpResponse<Void> r = http.send(b.build(), HttpResponse.BodyHandlers.discarding());
            // a page upload answers with a redirect back to the photo page; anything else there is an error
            if (auth == null && r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").endsWith("/me/photo")) {
                return -302;
            }
            return r.statusCode();
        }

        String get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        void post(String path, String form) throws Exception {
            http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        }

        private static String find(Pattern p, String html) {
            Matcher m = p.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("not found on the page: " + p);
            }
            return m.group(1);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
