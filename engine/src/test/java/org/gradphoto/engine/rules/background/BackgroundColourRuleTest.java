package org.gradphoto.engine.rules.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class BackgroundColourRuleTest {

    private static final String ID = BackgroundColourRule.ID;

    private static byte[] white() {
        return Engines.fixer().fix(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), "id.png", Engines.chsi(),
                FixOptions.background("white")).bytes();
    }

    @Test
    void passesLightBlue() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "blue.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isLessThan(2.0);
        assertThat(r.measuredText()).contains("(blue)");
    }

    @Test
    void passesWhite() {
        RuleResult r = rule(ID, white(), "white.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measuredText()).contains("(white)");
    }

    @Test
    void rejectsALightGreyStudioBackground() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(15.8, within(0.5));
    }

    @Test
    void rejectsLightBlueWhereTheProfileAllowsOnlyWhite() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "blue.jpg", Profiles.get("zikao-xinjiang"));
        assertThat(r.failed()).isTrue();
        assertThat(r.measuredText()).contains("(white)");
    }

    @Test
    void acceptsAnyPlainColourWhereTheProfileDoes() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png",
                Profiles.get("adult-online-2024"));
        assertThat(r.passed()).isTrue();
    }
}
