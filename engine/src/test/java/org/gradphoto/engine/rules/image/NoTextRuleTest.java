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
}
