package org.gradphoto.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Checking a 480 x 640 file: time per check on one thread after warm-up, beside the plain decode time of the same
 * file (ImageIO and OpenCV) in the same run, and throughput on 1 and 2 threads.
 * Run: {@code mvn -q -pl bench -am install -DskipTests && mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.CheckBench}
 */
public final class CheckBench {

    private CheckBench() {
    }

    public static void main(String[] args) throws Exception {
        PhotoEngine engine = Engines.engine();
        Profile p = Profiles.defaultProfile();
        byte[] file = Engines.compliant("idpass/sample_id_3.png");
        System.out.println("# CheckBench — " + Timing.machine());
        System.out.printf(Locale.ROOT, "file: compliant 480x640 JPEG, %d bytes%n", file.length);
        Inspection in = engine.inspect(file, "bench.jpg", p);
        System.out.println("verdict: " + in.verdict());

        Timing.Result imageIo = Timing.time(50, 200, () -> {
            try {
                ImageIO.read(new ByteArrayInputStream(file)).flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Timing.Result openCv = Timing.time(50, 200, () -> Imgcodecs.imdecode(new MatOfByte(file), Imgcodecs.IMREAD_COLOR).release());
        Timing.Result check = Timing.time(30, 200, () -> engine.inspect(file, "bench.jpg", p));
        // the same check compared with a reference photo (the original portrait): FACE_SAME_PERSON on top
        var reference = engine.faceOf(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), "reference.png").orElseThrow();
        Timing.Result compared = Timing.time(30, 200, () -> engine.inspect(file, "bench.jpg", p, reference));
        System.out.println("| what | median ms | p90 ms | runs |");
        System.out.println("|---|---|---|---|");
        System.out.println("| ImageIO decode | " + imageIo.cells().trim().replaceAll(" +", " | ") + " |");
        System.out.println("| OpenCV decode | " + openCv.cells().trim().replaceAll(" +", " | ") + " |");
        System.out.println("| full check (" + in.results().size() + " rules) | " + check.cells().trim().replaceAll(" +", " | ") + " |");
        System.out.println("| full check with a reference photo | " + compared.cells().trim().replaceAll(" +", " | ") + " |");
        System.out.printf(Locale.ROOT, "check / ImageIO decode = %.1fx%n", check.medianMs() / imageIo.medianMs());
        System.out.printf(Locale.ROOT, "the comparison adds %.1f ms a check%n", compared.medianMs() - check.medianMs());

        for (int threads : new int[] {1, 2}) {
            double perSecond = throughput(engine, p, file, threads, 10_000);
            System.out.printf(Locale.ROOT, "throughput on %d thread(s): %.1f checks/s%n", threads, perSecond);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "JVM heap used after the run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static double throughput(PhotoEngine engine, Profile p, byte[] file, int threads, long millis)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        long end = System.currentTimeMillis() + millis;
        Future<?>[] fs = new Future<?>[threads];
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            fs[i] = pool.submit(() -> {
                engine.inspect(file, "warm.jpg", p);
                while (System.currentTimeMillis() < end) {
                    engine.inspect(file, "bench.jpg", p);
                    done.incrementAndGet();
                }
            });
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }
}
