package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

/**
 * File facts agree with ImageMagick's {@code identify}, an independent reader, on every real JPEG of
 * ../shared/faces: quality within 2, resolution, size in bytes, pixel size. Runs where identify exists (.ci/run
 * installs imagemagick).
 */
class IdentifyAgreementTest {

    @Test
    void agreesWithImageMagickOnEverySharedJpeg() throws Exception {
        assumeTrue(identifyAvailable(), "ImageMagick identify not installed: skipping");
        Path root = Faces.sharedRoot();
        assumeTrue(root != null, "../shared/faces absent: skipping");
        List<Path> jpegs;
        try (Stream<Path> s = Files.walk(root)) {
            jpegs = s.filter(Files::isRegularFile).filter(p -> {
                try {
                    return FormatSniffer.sniff(Files.readAllBytes(p)) == ImageFormat.JPEG;
                } catch (IOException e) {
                    return false;
                }
            }).sorted().toList();
        }
        assertThat(jpegs).hasSizeGreaterThan(15);
        int ijg = 0;
        for (Path p : jpegs) {
            String[] im = identify(p).split("\\|");
            FileFacts f = FileFactsReader.read(Files.readAllBytes(p), p.getFileName().toString());
            String what = p.getFileName().toString();
            assertThat(f.width()).as(what + " width").isEqualTo(Integer.parseInt(im[0]));
            assertThat(f.height()).as(what + " height").isEqualTo(Integer.parseInt(im[1]));
            if (ijgScaled(Files.readAllBytes(p), f.jpegQuality())) {
                assertThat(f.jpegQuality()).as(what + " quality").isCloseTo(Double.parseDouble(im[2]), within(2.0));
                ijg++;
            }
            assertThat(f.sizeBytes()).as(what + " bytes").isEqualTo(Files.size(p));
            double imDpi = Double.parseDouble(im[3]);
            String units = im[4];
            if (units.equals("PixelsPerInch") && imDpi > 1) {
                // ImageMagick prefers the Exif resolution where one is written; we report both
                double ours = f.exifDpi() != null ? f.exifDpi() : f.dpi();
                assertThat(ours).as(what + " dpi").isCloseTo(imDpi, within(0.6));
            } else if (units.equals("Undefined")) {
                assertThat(f.dpiSource()).as(what + " no dpi").isNotEqualTo("EXIF");
            }
        }
        // most real files are written with IJG tables: the quality comparison is not empty
        assertThat(ijg).isGreaterThan(jpegs.size() / 2);
    }

    /**
     * True when the file's luminance table is the IJG table of its estimated quality. For other tables (custom
     * encoders) ImageMagick's hash-table estimate finds no match and prints its default output quality, 92: no
     * oracle to agree with there.
     */
    private static boolean ijgScaled(byte[] file, Double quality) {
        if (quality == null || quality != Math.rint(quality)) {
            return false;
        }
        int[] luma = JpegStructure.read(file).quantTables().get(0);
        return java.util.Arrays.equals(luma, JpegQualityEstimator.ijgTable(false, quality.intValue()));
    }

    private static boolean identifyAvailable() {
        try {
            Process p = new ProcessBuilder("identify", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String identify(Path p) throws Exception {
        Process proc = new ProcessBuilder("identify", "-format", "%w|%h|%Q|%x|%U", p.toString() + "[0]")
                .redirectErrorStream(false).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        proc.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
