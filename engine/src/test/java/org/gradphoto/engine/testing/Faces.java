package org.gradphoto.engine.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real photos the tests use. Those marked "may ship" in ../shared/faces/SOURCES.md are in the test resources
 * (faces/, with their attribution); the others are read from ../shared/faces, and tests needing them are skipped
 * with a message where ../shared is absent.
 */
public final class Faces {

    private Faces() {
    }

    private static final java.util.Map<String, Path> EXTRACTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A shipped photo, e.g. "idpass/sample_id_3.png" (copied to a temporary file when read from a jar). */
    public static Path shipped(String name) {
        URL u = Faces.class.getResource("/faces/" + name);
        if (u == null) {
            throw new IllegalArgumentException("not a shipped test photo: " + name);
        }
        if (!"file".equals(u.getProtocol())) {
            return EXTRACTED.computeIfAbsent(name, n -> extract(u, n));
        }
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path extract(URL u, String name) {
        try (java.io.InputStream in = u.openStream()) {
            Path dir = Files.createTempDirectory("gradphoto-faces");
            Path out = dir.resolve(name.replace('/', '_'));
            Files.copy(in, out);
            out.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo of ../shared/faces, e.g. "dlib/2008_001009.jpg"; skips the test when ../shared is absent. */
    public static Path shared(String name) {
        Path root = sharedRoot();
        assumeTrue(root != null, "../shared/faces is absent: skipping a test that needs " + name);
        Path p = root.resolve(name);
        assumeTrue(Files.isRegularFile(p), "../shared/faces/" + name + " is absent: skipping");
        return p;
    }

    /**
     * A file of ../shared/broken (files that once broke the engine, see its README); skips the test when it is
     * absent.
     */
    public static Path sharedBroken(String name) {
        Path root = sharedRoot();
        Path p = root == null ? null : root.getParent().resolve("broken").resolve(name);
        assumeTrue(p != null && Files.isRegularFile(p), "../shared/broken/" + name + " is absent: skipping");
        return p;
    }

    /** The shared faces folder, or null. */
    public static Path sharedRoot() {
        String prop = System.getProperty("gradphoto.shared");
        Path[] candidates = {prop == null ? null : Path.of(prop, "faces"), Path.of("../shared/faces"),
            Path.of("../../shared/faces")};
        for (Path c : candidates) {
            if (c != null && Files.isDirectory(c)) {
                return c.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
