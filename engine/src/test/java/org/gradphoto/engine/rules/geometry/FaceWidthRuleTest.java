package org.gradphoto.engine.rules.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class FaceWidthRuleTest {

    private static final String ID = FaceWidthRule.ID;

    private static RuleResult zoomed(double k) {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        return rule(ID, Pictures.jpeg(Pictures.zoom(m, k, Pictures.topColour(m)), 90, 300), "zoomed.jpg");
    }

    @Test
    void passesTheCompliantWidth() {
        RuleResult r = zoomed(1.0);
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isCloseTo(Engines.COMPLIANT_FACE_WIDTH, within(4.0));
    }

    @Test
    void rejectsAFaceTooWide() {
        RuleResult r = zoomed(1.4);
        assertThat(r.failed()).isTrue();
        assertThat(r.messageZh()).contains("人像太大");
    }

    @Test
    void rejectsAFaceTooNarrow() {
        RuleResult r = zoomed(0.75);
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(Engines.COMPLIANT_FACE_WIDTH * 0.75, within(4.0));
        assertThat(r.messageEn()).contains("too small");
    }

    @Test
    void passesJustInsideBothEdges() {
        assertThat(zoomed(184 / Engines.COMPLIANT_FACE_WIDTH).passed()).isTrue();
        assertThat(zoomed(296 / Engines.COMPLIANT_FACE_WIDTH).passed()).isTrue();
    }
}
