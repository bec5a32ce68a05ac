package org.gradphoto.portal.files;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real S3-API server for the tests: S3Proxy on its filesystem backend, in a process of its own (its class path is
 * the one module s3-server resolved: it is built on Jetty 11, the portal on Jetty 12), on a free port of 127.0.0.1.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "local-identity";
    public static final String SECRET_KEY = "local-credential";
    static final Path CLASSPATH = Path.of("..", "s3-server", "target", "s3proxy.classpath");

    private final Process process;
    private final int port;
    private final Path data;

    private S3Server(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
    }

    /** Starts a server with an empty store; skips the test, saying why, where the server's class path was not built. */
    public static S3Server start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isReadable(CLASSPATH), "no " + CLASSPATH + " (build the s3-server module first: mvn install): skipping");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("gradphoto-s3");
        Path data = Files.createDirectories(dir.resolve("data"));
        Path conf = Files.writeString(dir.resolve("s3proxy.conf"), String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data) + "\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-DLOG_LEVEL=warn", "-cp", Files.readString(CLASSPATH).strip(), "org.gaul.s3proxy.Main", "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return new S3Server(p, port, data);
            } catch (IOException notYet) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("S3Proxy ended at start: see " + dir.resolve("s3proxy.log"));
                }
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("S3Proxy did not start in 60 s: see " + dir.resolve("s3proxy.log"));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The folder the filesystem backend keeps its buckets in (a bucket is a folder, an object a file). */
    public Path data() {
        return data;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
