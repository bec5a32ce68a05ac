package org.gradphoto.engine.rules.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class MouthClosedRuleTest {

    private static final String ID = MouthClosedRule.ID;

    @Test
    void passesClosedLips() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isLessThan(0.06);
    }

    @Test
    void passesASlightSmileWithClosedLips() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test1.jpg")), "test1.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isCloseTo(0.068, within(0.01));
    }

    @Test
    void rejectsASmileShowingTeeth() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("skimage/astronaut.png")), "astronaut.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(0.164, within(0.01));
        assertThat(r.messageZh()).contains("嘴巴张开或露齿");
    }
}
