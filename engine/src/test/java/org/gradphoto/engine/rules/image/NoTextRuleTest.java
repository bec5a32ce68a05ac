package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;

class NoTextRuleTest {

    private static final String ID = NoTextRule.ID;

    @Test
    void passesAPhotoWithoutText() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(0.0);
    }

    @Test
    void rejectsADateStampInTheCorner() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        Mat stamped = Pictures.text(m, "2025-06-18", new Point(300, 40), 0.8, new Scalar(0, 90, 255));
        RuleResult r = rule(ID, Pictures.jpeg(stamped, 92, 300), "stamped.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.messageZh()).contains("文字、图案或水印");
    }

    @Test
    void rejectsAStudioWatermarkInTheCorner() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        // the top corner: the bottom corners are the clothing, whose edges the rule does not gate on (yet)
        Mat marked = Pictures.text(m, "PHOTO STUDIO", new Point(20, 40), 1.1, new Scalar(70, 70, 70));
        assertThat(rule(ID, Pictures.jpeg(marked, 92, 300), "marked.jpg").failed()).isTrue();
    }

    @Test
    void rejectsAWatermarkAcrossTheFace() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        Mat marked = Pictures.text(m, "SAMPLE  COPY", new Point(10, 330), 2.0, new Scalar(60, 60, 60));
        assertThat(rule(ID, Pictures.jpeg(marked, 92, 300), "sample.jpg").failed()).isTrue();
    }

    @Test
    void ignoresGlassesThatLookLikeTextToTheDetector() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/JianzhuGuo.jpg")), "glasses.jpg");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void flagsLettersPrintedOnTheShirt() {
        // seed 004: clothes without letters; the yellow shirt of 2008_002506 says "Puma"
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("dlib/2008_002506.jpg")), "shirt.jpg");
        assertThat(r.failed()).isTrue();
    }

    @Test
    void findsTheSloganWallBehindTwoSpeakers() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/trump_hillary.jpg")), "debate.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isGreaterThan(5.0);
    }

    /** The compliant portrait with a stroke drawn over it in {@code bgr}, {@code px} wide, through the points. */
    private static byte[] drawn(Scalar bgr, int px, Point... points) {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        for (int k = 0; k + 1 < points.length; k++) {
            org.opencv.imgproc.Imgproc.line(m, points[k], points[k + 1], bgr, px, org.opencv.imgproc.Imgproc.LINE_AA);
        }
        return Pictures.jpeg(m, 92, 300);
    }

    @Test
    void rejectsARedTickDrawnOverThePhoto() {
        // the "good" mark of an example sheet, over the chest
        RuleResult r = rule(ID, drawn(new Scalar(0, 0, 255), 8, new Point(300, 470), new Point(340, 520),
                new Point(430, 400)), "tick.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("drawnMarks")).isEqualTo(1.0);
        assertThat(r.messageZh()).contains("画有 1 处标记");
    }

    @Test
    void rejectsARedCrossOverTheFace() {
        Mat m = Pictures.decode(drawn(new Scalar(0, 0, 230), 7, new Point(170, 200), new Point(310, 340)));
        org.opencv.imgproc.Imgproc.line(m, new Point(310, 200), new Point(170, 340), new Scalar(0, 0, 230), 7);
        RuleResult r = rule(ID, Pictures.jpeg(m, 92, 300), "cross.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("drawnMarks")).isEqualTo(1.0);
        assertThat(r.messageEn()).contains("drawn over the photo");
    }

    @Test
    void rejectsAGreenCircleRoundTheHead() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        org.opencv.imgproc.Imgproc.ellipse(m, new Point(240, 250), new org.opencv.core.Size(150, 190), 0, 0, 360,
                new Scalar(0, 200, 0), 5);
        assertThat(rule(ID, Pictures.jpeg(m, 92, 300), "circle.jpg").values().get("drawnMarks")).isEqualTo(1.0);
    }

    @Test
    void passesAVividRedJacketWhichIsNoStroke() {
        // labelled compliant: a bright red blazer fills the bottom of the photo
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/u2net_img_1588.png")), "jacket.png");
        assertThat(r.values()).doesNotContainKey("drawnMarks");
    }

    @Test
    void passesAFlagBehindThePersonAsNoDrawnMark() {
        // the stripes of a flag are vivid and thin, but no marker's colour (chroma about 65 against 80)
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/tflite_grace_hopper.jpg")), "flag.jpg");
        assertThat(r.values()).doesNotContainKey("drawnMarks");
    }
}
