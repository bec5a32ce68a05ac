package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class SharpnessRuleTest {

    private static final String ID = SharpnessRule.ID;

    private static RuleResult blurred(double sigma) {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        return rule(ID, Pictures.jpeg(sigma == 0 ? m : Pictures.blur(m, sigma), 92, 300), "b.jpg");
    }

    @Test
    void passesASharpPortrait() {
        RuleResult r = blurred(0);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void rejectsAPortraitOutOfFocus() {
        RuleResult r = blurred(2.0);
        assertThat(r.failed()).isTrue();
        assertThat(r.messageZh()).contains("照片清晰度不合格");
    }

    @Test
    void sharpnessFallsAsBlurGrows() {
        double sharp = blurred(0).measured();
        double slight = blurred(0.8).measured();
        double strong = blurred(2.0).measured();
        assertThat(sharp).isGreaterThan(slight);
        assertThat(slight).isGreaterThan(strong);
    }

    @Test
    void rejectsASmallFaceThatWasEnlarged() {
        // 2008_001009: the main face is 83 px wide; scaled to the standard's face size it is soft
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("dlib/2008_001009.jpg")), "small.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isLessThan(12.0);
    }
}
