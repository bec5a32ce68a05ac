package org.gradphoto.engine.rules.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceLandmarks;
import org.opencv.core.Mat;

class EyesOpenRuleTest {

    private static final String ID = EyesOpenRule.ID;

    @Test
    void passesOpenEyes() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isGreaterThan(0.99);
    }

    @Test
    void passesOpenEyesBehindClearGlasses() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/JianzhuGuo.jpg")), "glasses.jpg");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void rejectsEyesPaintedShut() {
        // no shared photo shows a clear portrait with closed eyes: the test paints them shut
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        FaceLandmarks lm;
        try (FaceAnalysis a = Engines.analyzer().analyse(m)) {
            lm = a.face().orElseThrow().landmarks();
        }
        Pictures.closeEyes(m, lm);
        RuleResult r = rule(ID, Pictures.jpeg(m, 92, 300), "closed.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isLessThan(0.2);
        assertThat(r.messageZh()).contains("双眼似乎闭上");
    }
}
