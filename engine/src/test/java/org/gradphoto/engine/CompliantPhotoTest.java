package org.gradphoto.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * The headline cases: a compliant 480 x 640 file made from a real portrait passes every hard rule, and
 * each single damage done to it fails exactly the rule meant to catch it.
 */
class CompliantPhotoTest {

    private static final String PORTRAIT = "idpass/sample_id_3.png";

    private static byte[] compliant() {
        return Engines.compliant(PORTRAIT);
    }

    private static Mat pixels() {
        return Pictures.decode(compliant());
    }

    private static List<String> failedErrors(Inspection in) {
        return in.results().stream().filter(RuleResult::rejects).map(RuleResult::id).toList();
    }

    @Test
    void compliantFileMadeFromARealPortraitPassesEveryHardRule() {
        Inspection in = Engines.check(compliant(), "compliant.jpg");

        assertThat(failedErrors(in)).isEmpty();
        assertThat(in.verdict()).isIn(Verdict.PASS, Verdict.WARNINGS);
        assertThat(in.results().stream().filter(r -> r.severity() == Severity.ERROR)
                .filter(r -> r.status() == Status.NOT_MEASURED).map(RuleResult::id)).isEmpty();
        assertThat(in.face().faceWidth()).isCloseTo(Engines.COMPLIANT_FACE_WIDTH, within(4.0));
    }

    @Test
    void movedFortyPixelsDownFailsCrownAndEyes() {
        Mat m = Pictures.shift(pixels(), 0, 40, Pictures.topColour(pixels()));
        Inspection base = Engines.check(compliant(), "compliant.jpg");
        Inspection in = Engines.check(Pictures.jpeg(m, 90, 300), "moved.jpg");

        assertThat(failedErrors(in)).contains("GEOM_CROWN", "GEOM_EYES");
        assertThat(in.result("GEOM_CROWN").orElseThrow().measured())
                .isCloseTo(base.result("GEOM_CROWN").orElseThrow().measured() + 40, within(3.0));
        assertThat(in.result("GEOM_EYES").orElseThrow().measured())
                .isCloseTo(base.result("GEOM_EYES").orElseThrow().measured() + 40, within(2.0));
        assertThat(in.result("GEOM_CROWN").orElseThrow().messageZh()).contains("头部太靠下");
    }

    @Test
    void scaledByOnePointFourFailsFaceWidth() {
        Mat m = Pictures.zoom(pixels(), 1.4, Pictures.topColour(pixels()));
        Inspection in = Engines.check(Pictures.jpeg(m, 90, 300), "zoomed.jpg");

        assertThat(failedErrors(in)).contains("GEOM_FACE_WIDTH");
        assertThat(in.result("GEOM_FACE_WIDTH").orElseThrow().measured())
                .isCloseTo(Engines.COMPLIANT_FACE_WIDTH * 1.4, within(8.0));
    }

    @Test
    void reEncodedAtQualityFiftyFailsQuality() {
        Inspection in = Engines.check(Pictures.jpeg(pixels(), 50, 300), "q50.jpg");

        assertThat(failedErrors(in)).contains("FILE_QUALITY");
        assertThat(in.result("FILE_QUALITY").orElseThrow().measured()).isEqualTo(50.0);
    }

    @Test
    void savedAtSeventyTwoDpiFailsDpi() {
        Inspection in = Engines.check(Pictures.jpeg(pixels(), 90, 72), "72dpi.jpg");

        assertThat(failedErrors(in)).containsExactly("FILE_DPI");
        assertThat(in.result("FILE_DPI").orElseThrow().measured()).isEqualTo(72.0);
    }

    @Test
    void turnedGreyFailsColour() {
        Inspection in = Engines.check(Pictures.jpeg(Pictures.grey(pixels()), 90, 300), "grey.jpg");

        assertThat(failedErrors(in)).contains("IMG_COLOR");
        assertThat(in.result("IMG_COLOR").orElseThrow().measured()).isLessThan(1.0);
    }

    @Test
    void givenATenPixelBlackBorderFailsNoBorder() {
        Inspection in = Engines.check(Pictures.jpeg(Pictures.border(pixels(), 10, new Scalar(0, 0, 0)), 90, 300),
                "border.jpg");

        assertThat(failedErrors(in)).contains("IMG_NO_BORDER");
        assertThat(in.result("IMG_NO_BORDER").orElseThrow().measured()).isCloseTo(10.0, within(1.0));
    }

    @Test
    void twoPersonPhotoFailsFaceFound() {
        byte[] file = Faces.bytes(Faces.shared("face_recognition/two_people.jpg"));
        Inspection in = Engines.check(file, "two_people.jpg");

        assertThat(failedErrors(in)).contains("FACE_FOUND");
        assertThat(in.result("FACE_FOUND").orElseThrow().measured()).isEqualTo(2.0);
        assertThat(in.result("FACE_FOUND").orElseThrow().messageZh()).contains("检测到 2 张人脸");
    }
}
