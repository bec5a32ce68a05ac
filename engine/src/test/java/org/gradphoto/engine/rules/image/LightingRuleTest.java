package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class LightingRuleTest {

    private static final String ID = LightingRule.ID;

    @Test
    void passesEvenLight() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isLessThan(4.0);
    }

    @Test
    void warnsAboutLightFromOneSide() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test2.jpg")), "side.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(16.9, within(1.0));
        assertThat(r.messageZh()).contains("左右光线不均");
    }
}
