package org.gradphoto.engine.rules.accessories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

class GlassesRuleTest {

    private static final String ID = GlassesRule.ID;

    @Test
    void passesAFaceWithoutGlasses() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void passesClearGlasses() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/JianzhuGuo.jpg")), "glasses.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("ringToSkinLightness")).isGreaterThan(0.7);
    }

    @Test
    void warnsAboutTintedLenses() {
        // sunglasses tinted over the eyes by the test: each lens area darkened to a third
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        FaceFacts f;
        try (FaceAnalysis a = Engines.analyzer().analyse(m)) {
            f = a.face().orElseThrow();
        }
        Mat lenses = Mat.zeros(m.size(), org.opencv.core.CvType.CV_8U);
        double r = f.interocular() * 0.33;
        Imgproc.ellipse(lenses, f.rightEye(), new Size(r, r * 0.8), 0, 0, 360, Scalar.all(255), -1);
        Imgproc.ellipse(lenses, f.leftEye(), new Size(r, r * 0.8), 0, 0, 360, Scalar.all(255), -1);
        Mat dark = new Mat();
        Core.multiply(m, new Scalar(0.3, 0.3, 0.3), dark);
        dark.copyTo(m, lenses);
        RuleResult res = rule(ID, Pictures.jpeg(m, 92, 300), "sunglasses.jpg");
        assertThat(res.failed()).isTrue();
        assertThat(res.values().get("ringToSkinLightness")).isLessThan(0.6);
        assertThat(res.messageZh()).contains("有色眼镜");
    }

    @Test
    void warnsAboutRealSunglasses() {
        // labelled: dark sunglasses; the white of the eyes does not show through them
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/prnet_2.jpg")), "sunglasses.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("ringToSkinLightness")).isLessThan(0.6);
        assertThat(r.values().get("eyeToSkinLightness")).isLessThan(0.35);
        assertThat(r.messageZh()).contains("有色眼镜");
    }

    @Test
    void passesDarkEyeSocketsWithoutGlasses() {
        // labelled compliant, no glasses: the ring around the eyes is dark (0.40 of the cheeks), the eyes' white is not
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/u2net_img_1771.png")), "socket.png");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("ringToSkinLightness")).isLessThan(0.6);
        assertThat(r.values().get("eyeToSkinLightness")).isGreaterThan(0.35);
    }

    @Test
    void warnsAboutGlareOnTheLenses() {
        // labelled: tinted glasses with strong reflections
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/prnet_aflw02420.jpg")), "glare.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("reflectionShare")).isGreaterThan(0.05);
    }
}
