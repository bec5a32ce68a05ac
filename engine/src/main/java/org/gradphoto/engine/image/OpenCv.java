package org.gradphoto.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads OpenCV's native library once per process, from the jar that carries it. The library (65 MB on Linux) is
 * copied out of the jar once into a per-user cache and loaded from there on later starts, instead of into a new
 * temporary file on every start as {@code nu.pattern.OpenCV.loadLocally()} does (about 0.3 s saved per start).
 */
public final class OpenCv {

    private static final String VERSION = "4.9.0-0";
    private static volatile boolean loaded;

    private OpenCv() {
    }

    public static void load() {
        if (!loaded) {
            synchronized (OpenCv.class) {
                if (!loaded) {
                    if (!loadCached()) {
                        nu.pattern.OpenCV.loadLocally();
                    }
                    loaded = true;
                }
            }
        }
    }

    private static boolean loadCached() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osDir;
        String lib;
        if (os.contains("linux")) {
            osDir = "linux";
            lib = "libopencv_java490.so";
        } else if (os.contains("mac")) {
            osDir = "osx";
            lib = "libopencv_java490.dylib";
        } else if (os.contains("win")) {
            osDir = "windows";
            lib = "opencv_java490.dll";
        } else {
            return false;
        }
        String archDir = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "ARMv8";
            case "arm" -> "ARMv7";
            case "x86", "i386", "i686" -> "x86_32";
            default -> null;
        };
        if (archDir == null) {
            return false;
        }
        String resource = "/nu/pattern/opencv/" + osDir + "/" + archDir + "/" + lib;
        try (InputStream in = nu.pattern.OpenCV.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            String base = System.getenv("XDG_CACHE_HOME");
            Path cacheRoot = base != null ? Path.of(base) : Path.of(System.getProperty("user.home"), ".cache");
            Path dir = cacheRoot.resolve("gradphoto").resolve("native").resolve(VERSION).resolve(osDir + "-" + archDir);
            Path target = dir.resolve(lib);
            long size = resourceSize(resource);
            if (!Files.isRegularFile(target) || (size >= 0 && Files.size(target) != size)) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, lib, ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.load(target.toAbsolutePath().toString());
            return true;
        } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
            return false;
        }
    }

    private static long resourceSize(String resource) {
        try {
            java.net.URLConnection c = nu.pattern.OpenCV.class.getResource(resource).openConnection();
            return c.getContentLengthLong();
        } catch (IOException | NullPointerException e) {
            return -1;
        }
    }
}
