package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files of ../shared/broken (its README says what each did before) and the same defects made here from a
 * shipped photo: each gets a verdict or a clear refusal, in seconds and bounded memory, and no rule ever fails
 * to measure.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BrokenFilesTest {

    private static final String TOO_SMALL = "图像太小";

    private static Inspection check(byte[] file, String name) {
        Inspection in = Engines.check(file, name);
        assertThat(in.results()).noneMatch(r -> r.messageZh().contains("出错"));
        return in;
    }

    private static RuleResult rule(Inspection in, String id) {
        return in.result(id).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 3", "4, 4", "8, 8", "11, 11", "100, 8", "1, 640", "640, 1", "31, 40"})
    void judgesATinyPictureOnItsSizeAndDoesNotMeasureAPersonInIt(int w, int h) {
        byte[] tiny = BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), w, h);
        Inspection in = check(tiny, "tiny.jpg");
        assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(rule(in, "FILE_FORMAT").passed()).isTrue();
        assertThat(rule(in, "FILE_DIMENSIONS").failed()).isTrue();
        assertThat(rule(in, "FILE_DIMENSIONS").measuredText()).isEqualTo(w + " × " + h + " px");
        for (String person : new String[] {"FACE_FOUND", "GEOM_CROWN", "BG_COLOR", "EXPR_EYES_OPEN", "IMG_COLOR",
            "IMG_NO_BORDER", "IMG_NO_TEXT"}) {
            assertThat(rule(in, person).status()).as(person).isEqualTo(Status.NOT_MEASURED);
            assertThat(rule(in, person).messageZh()).as(person).contains(TOO_SMALL);
            assertThat(rule(in, person).messageEn()).as(person).contains("too small");
        }
    }

    @Test
    void analysesAPictureJustLargeEnoughToHoldAFace() {
        byte[] small = BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 96, 128);
        Inspection in = check(small, "small.jpg");
        assertThat(rule(in, "FACE_FOUND").status()).isNotEqualTo(Status.NOT_MEASURED);
    }

    @Test
    void readsAPngWithAZtxtBombWithinBoundedMemory() {
        byte[] bomb = BadFiles.withZtxtBomb(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), 400 << 20);
        assertThat(bomb.length).isLessThan(2 << 20);
        long peak = peakHeapDuring(() -> {
            Inspection in = check(bomb, "bomb.png");
            assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(in.faceCount()).isEqualTo(1);
            assertThat(rule(in, "FILE_FORMAT").measuredText()).isEqualTo("PNG, .png");
        });
        // the text would take 400 MB inflated; reading the photo itself needs far less than this
        assertThat(peak).isLessThan(256L << 20);
    }

    @Test
    void refusesAPngWhoseChunkLengthRunsPastTheEndAsDamaged() {
        byte[] png = BadFiles.withHugeChunkLength(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")));
        Inspection in = check(png, "chunk.png");
        assertThat(in.verdict()).isIn(Verdict.UNREADABLE, Verdict.FAIL);
        assertThat(rule(in, "FILE_FORMAT").failed()).isTrue();
    }

    @Test
    void countsBitDepthAndChannelsInThePixelLimit() {
        // 48 megapixels: under the 50 MP limit, but 8 bytes a pixel would be 384 MB decoded
        Inspection in = check(BadFiles.deepPng(3000, 16000), "deep.png");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.TOO_MANY_PIXELS);
        assertThat(in.unreadableDetail()).isEqualTo("3000 x 16000, 16-bit");
        // the same size at 8 bits, RGB, is within the limit
        assertThat(DecodeLimits.weightedPixels(3000, 16000, 3, 8)).isLessThanOrEqualTo(DecodeLimits.DEFAULT.maxPixels());
        assertThat(DecodeLimits.weightedPixels(3000, 16000, 4, 16)).isEqualTo(128_000_000L);
    }

    // ------------------------------------------------------------------ the files of ../shared/broken

    @ParameterizedTest
    @CsvSource({"small_1x1.jpg, 1 × 1", "small_1x1.png, 1 × 1", "small_1x640.jpg, 1 × 640", "small_640x1.jpg, 640 × 1",
        "small_2x2.jpg, 2 × 2", "small_2x3.jpg, 2 × 3", "small_3x3.jpg, 3 × 3", "small_4x4.jpg, 4 × 4",
        "small_8x8.jpg, 8 × 8", "small_100x8.jpg, 100 × 8", "00042_sofdim1x1_JianzhuGuo.jpg, 1 × 1",
        "08158_pdim1x1_lin-manuel-miranda.png, 1 × 1"})
    void sharedTinyPicturesFailOnTheirSize(String file, String size) {
        Inspection in = check(Faces.bytes(Faces.sharedBroken(file)), file);
        assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(rule(in, "FILE_DIMENSIONS").measuredText()).isEqualTo(size + " px");
        assertThat(rule(in, "FACE_FOUND").messageZh()).contains(TOO_SMALL);
    }

    @Test
    void sharedPngWithAHugeChunkLengthIsDamaged() {
        Inspection in = check(Faces.bytes(Faces.sharedBroken("08268_pchunk_len_huge_Julia_Roberts_crop.png")), "x.png");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.DAMAGED);
    }

    @Test
    void sharedZtxtBombIsCheckedLikeAnyPng() {
        byte[] file = Faces.bytes(Faces.sharedBroken("08466_pztxt_bomb_sample_id_3.png"));
        long peak = peakHeapDuring(() -> {
            Inspection in = check(file, "x.png");
            assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(rule(in, "FILE_DIMENSIONS").measuredText()).isEqualTo("413 × 531 px");
            assertThat(in.faceCount()).isEqualTo(1);
        });
        assertThat(peak).isLessThan(256L << 20);
    }

    @Test
    void shared49MegapixelPngIsChecked() {
        Inspection in = check(Faces.bytes(Faces.sharedBroken("09434_png_bomb_49mp_none.png")), "x.png");
        assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(rule(in, "FILE_DIMENSIONS").measuredText()).isEqualTo("7000 × 7000 px");
    }

    @Test
    void shared16BitRgbaPngIsRefusedForItsDecodedSize() {
        Inspection in = check(Faces.bytes(Faces.sharedBroken("09436_png_bomb_48mp_rgba16_none.png")), "x.png");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.TOO_MANY_PIXELS);
        assertThat(in.unreadable().zh()).contains("像素过多");
    }

    /** The highest heap use above the level before {@code work}, over all heap pools. */
    static long peakHeapDuring(Runnable work) {
        System.gc();
        long before = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
                before += p.getUsage().getUsed();
            }
        }
        work.run();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak - before;
    }
}
