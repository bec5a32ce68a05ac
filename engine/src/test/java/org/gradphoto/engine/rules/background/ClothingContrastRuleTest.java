package org.gradphoto.engine.rules.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class ClothingContrastRuleTest {

    private static final String ID = ClothingContrastRule.ID;

    @Test
    void passesADarkTopOnLightBlue() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isGreaterThan(40.0);
    }

    @Test
    void rejectsABeigeBlouseOnABeigeBackdrop() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test4.jpg")), "beige.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(4.0, within(1.5));
        assertThat(r.messageZh()).contains("衣着颜色与背景太接近");
    }
}
