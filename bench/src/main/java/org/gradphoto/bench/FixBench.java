package org.gradphoto.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.image.DecodeLimits;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.image.FileFactsReader;
import org.gradphoto.engine.image.PhotoDecoder;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Fixing a 12-megapixel phone-sized JPEG and a 480 x 640 JPEG into passing files on one thread, beside the decode
 * time of the same inputs in the same run.
 * Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.FixBench}
 */
public final class FixBench {

    private FixBench() {
    }

    public static void main(String[] args) {
        PhotoEngine fixer = Engines.engine();
        Profile p = Profiles.defaultProfile();
        Mat portrait = Pictures.decode(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")));

        // a 12 MP photo with a phone's sensor noise
        Mat big = Pictures.resize(portrait, 3000, 3857);
        Mat noise = new Mat(big.size(), CvType.CV_16SC3);
        Core.randn(noise, 0, 4);
        Mat big16 = new Mat();
        big.convertTo(big16, CvType.CV_16SC3);
        Core.add(big16, noise, big16);
        big16.convertTo(big, CvType.CV_8UC3);
        byte[] twelve = Pictures.jpeg(big, 92, 72);
        byte[] small = Pictures.jpeg(Pictures.resize(portrait, 480, 640), 92, 72);

        System.out.println("# FixBench — " + Timing.machine());
        System.out.println("| input | what | median ms | p90 ms | runs |");
        System.out.println("|---|---|---|---|---|");
        row("12 MP JPEG " + (twelve.length >> 10) + " KB (3000x3857)", twelve, fixer, p, 3, 15);
        row("480x640 JPEG " + (small.length >> 10) + " KB", small, fixer, p, 10, 60);
    }

    private static void row(String label, byte[] file, PhotoEngine fixer, Profile p, int warm, int runs) {
        FixResult r = fixer.fix(file, "in.jpg", p, FixOptions.background("white"));
        String verdict = r.fixed() ? r.after().verdict().name() : "REFUSED " + r.refusal();
        FileFacts facts = FileFactsReader.read(file, "in.jpg");
        Timing.Result opencv = Timing.time(warm, runs, () -> Imgcodecs.imdecode(new MatOfByte(file), Imgcodecs.IMREAD_COLOR).release());
        Timing.Result reduced = Timing.time(warm, runs, () -> new PhotoDecoder(DecodeLimits.DEFAULT.withWorkingLongSide(1600))
                .decode(file, facts).release());
        Timing.Result imageIo = Timing.time(warm, runs, () -> {
            try {
                ImageIO.read(new ByteArrayInputStream(file)).flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Timing.Result fix = Timing.time(warm, runs, () -> fixer.fix(file, "in.jpg", p, FixOptions.background("white")));
        print(label, "decode, OpenCV full size", opencv);
        print(label, "decode, as the fixer does (reduced to >= 1600 px)", reduced);
        print(label, "decode, ImageIO full size", imageIo);
        print(label, "fix to a passing file (white background) -> " + verdict, fix);
        System.out.printf(Locale.ROOT, "fix / full OpenCV decode = %.1fx%n", fix.medianMs() / opencv.medianMs());
    }

    private static void print(String label, String what, Timing.Result t) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %d |%n", label, what, t.medianMs(), t.p90Ms(), t.runs());
    }
}
