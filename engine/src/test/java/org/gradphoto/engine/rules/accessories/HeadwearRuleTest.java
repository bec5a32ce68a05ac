package org.gradphoto.engine.rules.accessories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class HeadwearRuleTest {

    private static final String ID = HeadwearRule.ID;

    @Test
    void passesBareHair() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void rejectsAnOfficersCapOnARealPhoto() {
        // labelled: a navy cap with a badge (Grace Hopper's official portrait)
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/tflite_grace_hopper.jpg")), "cap.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.severity()).isEqualTo(Severity.ERROR);
        assertThat(r.measured()).isEqualTo(35.2);
        assertThat(r.messageZh()).contains("可能戴有帽子");
    }

    @Test
    void passesABaldHeadLitFromAbove() {
        // the scalp is much lighter than the cheeks but of their hue: skin, not a covering
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/glassdet_1.jpg")), "bald.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isLessThan(35.0);
    }

    @Test
    void passesBrownHairUnderPaleEyebrows() {
        // the eyebrows (the hair's stand-in) are pale; the brown hair is still of the skin's hue
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/prnet_0.jpg")), "teen.jpg");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void leavesACoveringToTheReviewerWhereTheProfileAllowsFaithOrHealthCoverings() {
        // seed 002: 宗教、医疗和文化需要时，不得遮挡脸部或造成阴影
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/tflite_grace_hopper.jpg")), "cap.jpg",
                Profiles.get("zikao-anhui"));
        assertThat(r.failed()).isTrue();
        assertThat(r.severity()).isEqualTo(Severity.WARNING);
        assertThat(r.messageZh()).contains("由审核人员确认");
        assertThat(r.messageEn()).contains("the reviewer decides");
    }

    @Test
    void warnsAboutAHighBun() {
        // seed 002 names the bun (丸子头) among the hairstyles that upset the proportions
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test4.jpg")), "bun.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("crownAboveHairline")).isGreaterThan(0.9);
        assertThat(r.severity()).isEqualTo(Severity.WARNING);
        assertThat(r.messageZh()).contains("头顶明显高出发际线");
    }

    @Test
    void rejectsARedCap() {
        // a red cap tinted over the hair by the test: the top of the head from the hairline up
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        FaceFacts f;
        Mat hair = new Mat();
        try (FaceAnalysis a = Engines.analyzer().analyse(m)) {
            f = a.face().orElseThrow();
            Imgproc.threshold(a.personMask(), hair, 0.5, 255, Imgproc.THRESH_BINARY);
        }
        Mat hair8 = new Mat();
        hair.convertTo(hair8, CvType.CV_8U);
        Mat above = Mat.zeros(m.size(), CvType.CV_8U);
        Imgproc.rectangle(above, new Point(0, 0), new Point(m.cols(), f.hairlineY() + 0.02 * f.faceWidth()),
                Scalar.all(255), -1);
        Core.bitwise_and(hair8, above, hair8);
        m.setTo(new Scalar(40, 40, 200), hair8);
        RuleResult r = rule(ID, Pictures.jpeg(m, 92, 300), "cap.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isGreaterThan(35.0);
        assertThat(r.messageZh()).contains("帽子");
    }
}
