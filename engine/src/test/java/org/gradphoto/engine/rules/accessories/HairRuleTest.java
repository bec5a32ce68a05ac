package org.gradphoto.engine.rules.accessories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class HairRuleTest {

    private static final String ID = HairRule.ID;

    @Test
    void passesHairPulledBackWithEarsVisible() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("earRightSkinShare")).isGreaterThan(0.3);
        assertThat(r.values().get("earLeftSkinShare")).isGreaterThan(0.3);
    }

    @Test
    void passesAShortHaircut() {
        assertThat(rule(ID, Engines.compliant("idpass/sample_id_1.png"), "photo.jpg").passed()).isTrue();
    }

    @Test
    void warnsAboutLongHairOverTheEars() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_2.png"), "photo.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("earRightSkinShare")).isLessThan(0.1);
        assertThat(r.messageZh()).contains("遮挡耳朵");
    }

    @Test
    void warnsAboutBangsOverTheEyebrows() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test4.jpg")), "bangs.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("browBandSkinShare")).isLessThan(0.1);
        assertThat(r.messageZh()).contains("遮挡眉毛");
    }
}
