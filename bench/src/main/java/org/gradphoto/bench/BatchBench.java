package org.gradphoto.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gradphoto.batch.BatchListener;
import org.gradphoto.batch.BatchOptions;
import org.gradphoto.batch.BatchRunner;
import org.gradphoto.batch.BatchSummary;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.engine.fix.SizeWindowEncoder;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.opencv.core.Mat;

/**
 * A whole batch on 2 threads: photos per second for check-only and for check+fix, the JVM heap's peak during each
 * run, and the heap the finished batch's rows hold. Two sets of N photos (default 1,000), each named by its own ID
 * number: "studio" (480 x 640 JPEGs of four portraits moved a few pixels: what a photo studio delivers) and
 * "mixed" (70 % studio, 25 % phone photos at their own sizes and qualities, 5 % that need a new photo).
 * Run from the repository root with a fixed heap, so the peak means something:
 * {@code mvn -q -pl bench -am install -DskipTests && mvn -q -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/cp
 * && java -Xmx512m -cp bench/target/classes:$(cat /tmp/cp) org.gradphoto.bench.BatchBench 1000} (add
 * {@code studio-check} after the count for the studio set's check alone).
 */
public final class BatchBench {

    private static final int THREADS = 2;

    private BatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        // "studio-check": only the studio set, check-only (to see how memory grows with the batch's size)
        boolean studioCheckOnly = args.length > 1 && args[1].equals("studio-check");
        Profile p = Profiles.defaultProfile();
        Path root = Files.createTempDirectory("gradphoto-batchbench");
        System.out.println("# BatchBench — " + Timing.machine() + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB, " + n + " photos per set, " + THREADS + " threads");
        try {
            Path studio = Files.createDirectories(root.resolve("studio"));
            Path mixed = Files.createDirectories(root.resolve("mixed"));
            makeSets(studio, mixed, n);
            BatchRunner runner = new BatchRunner(Engines.engine());
            // warm-up: models loaded, JIT done, so the table compares steady work
            runner.run(List.of(studio), new BatchOptions(p, false, "auto", root.resolve("warm"), true, THREADS,
                    ZipLimits.DEFAULT), BatchListener.NONE);
            System.out.println("| set | mode | photos | seconds | photos/s | peak heap MB | rows' heap KB/photo |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Path set : studioCheckOnly ? List.of(studio) : List.of(studio, mixed)) {
                for (boolean fix : studioCheckOnly ? new boolean[] {false} : new boolean[] {false, true}) {
                    run(runner, p, set, fix, root.resolve("out-" + set.getFileName() + "-" + fix));
                }
            }
            System.out.println("process peak resident memory (heap, models, OpenCV): " + peakResidentMb() + " MB");
        } finally {
            delete(root);
        }
    }

    /** VmHWM of /proc/self/status (Linux), or -1. */
    private static long peakResidentMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) >> 10).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void run(BatchRunner runner, Profile p, Path set, boolean fix, Path out) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        BatchSummary s = runner.run(List.of(set), new BatchOptions(p, fix, "white", out, true, THREADS, ZipLimits.DEFAULT),
                BatchListener.NONE);
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        long with = usedAfterGc();
        int photos = s.rows().size();
        double seconds = s.seconds();
        String counts = s.byStatus().toString();
        s = null;
        long without = usedAfterGc();
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %d | %.1f |%n", set.getFileName(),
                fix ? "check+fix" : "check", photos, seconds, photos / seconds, peak >> 20,
                (with - without) / 1024.0 / photos);
        System.out.println("<!-- " + counts + " -->");
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The two sets, every file named by a fresh valid ID number. */
    private static void makeSets(Path studio, Path mixed, int n) throws IOException {
        SizeWindowEncoder window = new SizeWindowEncoder(60, 20 * 1024, 40 * 1024, 300);
        String[] portraits = {"idpass/sample_id_1.png", "idpass/sample_id_2.png", "idpass/sample_id_3.png",
            "idpass/sample_id_4.png"};
        String[] phones = {"idpass/sample_id_1.png", "idpass/sample_id_2.png", "idpass/sample_id_3.png",
            "idpass/sample_id_4.png", "hivision/test1.jpg", "hivision/test2.jpg"};
        String[] retakes = {"hivision/test3.jpg", "hivision/test4.jpg", "skimage/astronaut.png"};
        Mat[] good = new Mat[portraits.length];
        for (int i = 0; i < good.length; i++) {
            good[i] = Pictures.decode(Engines.compliant(portraits[i]));
        }
        int serial = 0;
        for (int i = 0; i < n; i++) {
            Mat m = good[i % good.length];
            int dx = (i / good.length) % 21 - 10;
            int dy = (i / good.length / 21) % 13 - 6;
            byte[] b = window.encode(Pictures.shift(m, dx, dy, Pictures.topColour(m))).bytes();
            Files.write(studio.resolve(id(serial++) + ".jpg"), b);
            if (i % 20 < 14) {
                Files.write(mixed.resolve(id(serial++) + ".jpg"), b);
            }
        }
        Mat[] phone = new Mat[phones.length];
        for (int i = 0; i < phone.length; i++) {
            phone[i] = Pictures.decode(Faces.bytes(Faces.shipped(phones[i])));
        }
        for (int i = 0; i < n / 4; i++) {
            Files.write(mixed.resolve(id(serial++) + ".jpg"), Pictures.jpeg(phone[i % phone.length], 65 + (i / phone.length) % 31, 72));
        }
        for (int i = 0; i < n - n * 14 / 20 - n / 4; i++) {
            Mat m = Pictures.decode(Faces.bytes(Faces.shipped(retakes[i % retakes.length])));
            Files.write(mixed.resolve(id(serial++) + ".jpg"), Pictures.jpeg(m, 70 + i % 25, 72));
        }
    }

    private static String id(int serial) {
        return IdNumber.complete(String.format(Locale.ROOT, "110105199%d%02d%02d%03d", serial / 36500 % 10,
                1 + serial / 28 % 12, 1 + serial % 28, serial % 1000)).value();
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
