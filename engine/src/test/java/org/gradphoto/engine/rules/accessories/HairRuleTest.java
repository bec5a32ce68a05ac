package org.gradphoto.engine.rules.accessories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;

class HairRuleTest {

    private static final String ID = HairRule.ID;

    @Test
    void passesHairPulledBackWithEarsVisible() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("earRightSkinShare")).isGreaterThan(0.3);
        assertThat(r.values().get("earLeftSkinShare")).isGreaterThan(0.3);
    }

    @Test
    void passesAShortHaircut() {
        assertThat(rule(ID, Engines.compliant("idpass/sample_id_1.png"), "photo.jpg").passed()).isTrue();
    }

    @Test
    void warnsAboutLongHairOverTheEars() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_2.png"), "photo.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("earRightSkinShare")).isLessThan(0.1);
        assertThat(r.messageZh()).contains("遮挡耳朵");
    }

    @Test
    void warnsAboutBangsOverTheEyebrows() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test4.jpg")), "bangs.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("browBandSkinShare")).isLessThan(0.1);
        assertThat(r.messageZh()).contains("遮挡眉毛");
    }

    @Test
    void rejectsHairDownOverAnEye() {
        // hair tinted by the test over the right brow and eye (the subject's right: the picture's left)
        org.opencv.core.Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        org.gradphoto.engine.face.FaceFacts f;
        try (org.gradphoto.engine.face.FaceAnalysis a = Engines.analyzer().analyse(m)) {
            f = a.face().orElseThrow();
        }
        double fw = f.faceWidth();
        org.opencv.core.Point eye = f.rightEye();
        org.opencv.imgproc.Imgproc.rectangle(m, new org.opencv.core.Point(eye.x - 0.22 * fw, eye.y - 0.3 * fw),
                new org.opencv.core.Point(eye.x + 0.16 * fw, eye.y + 0.06 * fw), new org.opencv.core.Scalar(30, 38, 52), -1);
        RuleResult r = rule(ID, Pictures.jpeg(m, 92, 300), "fringe.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.severity()).isEqualTo(org.gradphoto.engine.profile.Severity.ERROR);
        assertThat(r.values().get("eyeCovered")).isEqualTo(1.0);
        assertThat(r.messageZh()).contains("头发遮挡眼睛");
    }

    @Test
    void warnsOnlyWhenTheHairStopsAtTheBrows() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test4.jpg")), "bangs.jpg");
        assertThat(r.severity()).isEqualTo(org.gradphoto.engine.profile.Severity.WARNING);
        assertThat(r.values().get("eyeCovered")).isEqualTo(0.0);
    }
}
