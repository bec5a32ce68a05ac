package org.gradphoto.engine.rules.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class CenteredRuleTest {

    private static final String ID = CenteredRule.ID;

    private static RuleResult shifted(int dx) {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        return rule(ID, Pictures.jpeg(Pictures.shift(m, dx, 0, Pictures.topColour(m)), 90, 300), "shifted.jpg");
    }

    @Test
    void passesACentredFace() {
        RuleResult r = shifted(0);
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isLessThan(1.5);
    }

    @Test
    void rejectsAFaceFortyPixelsLeft() {
        RuleResult r = shifted(-40);
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(100.0 * 40 / 480, within(1.0));
        assertThat(r.messageZh()).contains("人像偏左");
    }

    @Test
    void rejectsAFaceFortyPixelsRight() {
        RuleResult r = shifted(40);
        assertThat(r.failed()).isTrue();
        assertThat(r.messageEn()).contains("right of centre");
    }

    @Test
    void passesTwentyPixelsOffCentreButNotThirty() {
        assertThat(shifted(20).passed()).isTrue();
        assertThat(shifted(30).failed()).isTrue();
    }
}
