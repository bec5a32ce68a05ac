package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class RedEyeRuleTest {

    private static final String ID = RedEyeRule.ID;

    @Test
    void passesNaturalEyes() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isLessThan(1.0);
    }

    @Test
    void warnsAboutRedPupils() {
        // a flash's red eye, tinted onto the pupils by the test
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        FaceFacts f;
        try (FaceAnalysis a = Engines.analyzer().analyse(m)) {
            f = a.face().orElseThrow();
        }
        int r = (int) Math.round(f.interocular() * 0.07);
        Imgproc.circle(m, f.rightEye(), r, new Scalar(30, 20, 200), -1);
        Imgproc.circle(m, f.leftEye(), r, new Scalar(30, 20, 200), -1);
        RuleResult res = rule(ID, Pictures.jpeg(m, 92, 300), "red.jpg");
        assertThat(res.failed()).isTrue();
        assertThat(res.measured()).isGreaterThan(8.0);
        assertThat(res.messageZh()).contains("有红眼");
    }
}
