package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input never throws, never hangs and never allocates what a header claims: each case ends as FILE_FORMAT
 * failed or as an UNREADABLE inspection with a reason in Chinese and English.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BadInputTest {

    private static Inspection check(byte[] file, String name) {
        return Engines.check(file, name);
    }

    private static RuleResult format(Inspection in) {
        return in.result("FILE_FORMAT").orElseThrow();
    }

    @Test
    void anEmptyFileIsUnreadable() {
        Inspection in = check(new byte[0], "empty.jpg");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.EMPTY);
        assertThat(in.unreadable().zh()).contains("空的");
        assertThat(format(in).failed()).isTrue();
    }

    @Test
    void aTruncatedJpegFailsFileFormatButIsStillMeasured() {
        Inspection in = check(JpegEdits.truncated(Engines.compliant("idpass/sample_id_3.png"), 0.8), "cut.jpg");
        assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(format(in).messageZh()).contains("不完整");
    }

    @Test
    void randomBytesAreUnreadable() {
        byte[] junk = new byte[200_000];
        new java.util.Random(11).nextBytes(junk);
        Inspection in = check(junk, "random.jpg");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.NOT_AN_IMAGE);
    }

    @Test
    void aPngRenamedJpgIsReadButFailsFileFormat() {
        Inspection in = check(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), "renamed.jpg");
        assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(format(in).measuredText()).isEqualTo("PNG, .jpg");
        assertThat(in.faceCount()).isEqualTo(1);
    }

    @Test
    void aCmykJpegIsReadAndFailsColourDepth() {
        Inspection in = check(BadFiles.cmykJpeg(Engines.compliant("idpass/sample_id_3.png")), "cmyk.jpg");
        assertThat(in.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(in.result("FILE_COLOR_DEPTH").orElseThrow().failed()).isTrue();
        assertThat(in.faceCount()).isEqualTo(1);
    }

    @Test
    void aPngWithAlphaIsFlattenedOntoWhite() {
        Inspection in = check(Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "alpha.png");
        assertThat(in.faceCount()).isEqualTo(1);
        assertThat(in.result("FILE_COLOR_DEPTH").orElseThrow().failed()).isTrue();
    }

    @Test
    void aGifIsReadAndFailsFileFormat() {
        Inspection in = check(BadFiles.gif(Engines.compliant("idpass/sample_id_3.png")), "photo.gif");
        assertThat(format(in).failed()).isTrue();
        assertThat(format(in).measuredText()).startsWith("GIF");
    }

    @Test
    void heicIsRefusedWithAdviceForIphones() {
        Inspection in = check(BadFiles.heic(), "IMG_0001.HEIC");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.HEIC);
        assertThat(in.unreadable().zh()).contains("兼容性最佳");
        assertThat(in.unreadable().en()).contains("Most Compatible");
    }

    @Test
    void aPngDeclaring30000By30000PixelsIsRefusedBeforeDecoding() {
        long before = usedMemory();
        Inspection in = check(BadFiles.pngBomb(), "bomb.png");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.TOO_MANY_PIXELS);
        assertThat(in.unreadableDetail()).isEqualTo("30000 x 30000");
        // 900 megapixels would need 2.7 GB; the check allocated next to nothing
        assertThat(usedMemory() - before).isLessThan(200L << 20);
    }

    @Test
    void aJpegDeclaring30000By30000PixelsIsRefusedBeforeDecoding() {
        Inspection in = check(BadFiles.jpegBomb(Engines.compliant("idpass/sample_id_3.png")), "bomb.jpg");
        assertThat(in.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.TOO_MANY_PIXELS);
    }

    @Test
    void aPdfIsNotAnImage() {
        Inspection in = check("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(), "form.pdf");
        assertThat(in.unreadable()).isEqualTo(UnreadablePhotoException.Reason.NOT_AN_IMAGE);
        assertThat(in.unreadableDetail()).isEqualTo("PDF");
    }

    private static long usedMemory() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
