package org.gradphoto.engine.rules.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class EyeLineRuleTest {

    private static final String ID = EyeLineRule.ID;

    private static RuleResult shifted(int dy) {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        return rule(ID, Pictures.jpeg(Pictures.shift(m, 0, dy, Pictures.topColour(m)), 90, 300), "shifted.jpg");
    }

    @Test
    void passesEyesInsideTheWindow() {
        RuleResult r = shifted(0);
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isBetween(240.0, 290.0);
    }

    @Test
    void rejectsEyesTooLow() {
        double base = shifted(0).measured();
        RuleResult r = shifted(40);
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(base + 40, within(1.5));
        assertThat(r.messageZh()).contains("眼睛过低");
    }

    @Test
    void rejectsEyesTooHigh() {
        double base = shifted(0).measured();
        int dy = (int) Math.round(190 - base);
        RuleResult r = shifted(dy);
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(190, within(1.5));
        assertThat(r.messageEn()).contains("eyes too high");
    }

    @Test
    void passesJustInsideBothEdges() {
        double base = shifted(0).measured();
        assertThat(shifted((int) Math.round(203 - base)).passed()).isTrue();
        assertThat(shifted((int) Math.round(297 - base)).passed()).isTrue();
    }
}
