package org.gradphoto.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradphoto.portal.demo.DemoData;

/**
 * The portal as a process of its own (the test's class path, its main class), on a free port, to be killed with
 * {@code kill -9} as a node dies: jobs survive on the database, not in the process.
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PortalProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node with these settings and waits until it answers its login page (two minutes at most). */
    public static PortalProcess start(Path dir, String name, List<String> settings) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.gradphoto.portal.PortalApplication",
                "--server.port=" + port, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                // a dead node is noticed after four missed beats of one second
                "--db-scheduler.heartbeat-interval=PT1S", "--db-scheduler.polling-interval=PT0.2S"));
        command.addAll(settings);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PortalProcess node = new PortalProcess(p, port, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (new Http(port).get("/login").statusCode() == 200) {
                    return node;
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

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** The demo school's office logged in on this node. */
    public Http schoolOffice() {
        Http h = new Http(port);
        // the demo data is made right after the start; a login may come a moment too early
        for (int i = 0; i < 40; i++) {
            if (Http.location(h.logIn(DemoData.SCHOOL, DemoData.SCHOOL_PASSWORD)).equals("/")) {
                h.get("/school");
                return h;
            }
            sleep(250);
        }
        throw new IllegalStateException("cannot log in as the demo school on port " + port);
    }

    /** {@code kill -9}: no shutdown hook, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
