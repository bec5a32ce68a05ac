package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;

class ExposureRuleTest {

    private static final String ID = ExposureRule.ID;

    private static RuleResult exposed(String portrait, double k) {
        return rule(ID, Pictures.jpeg(Pictures.exposure(Pictures.decode(Engines.compliant(portrait)), k), 92, 300),
                "e.jpg");
    }

    @Test
    void passesAWellExposedFace() {
        assertThat(exposed("idpass/sample_id_3.png", 1.0).passed()).isTrue();
    }

    @Test
    void passesDarkSkinWellExposed() {
        RuleResult r = exposed("idpass/sample_id_1.png", 1.0);
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isBetween(25.0, 40.0);
    }

    @Test
    void rejectsAnUnderExposedFace() {
        RuleResult r = exposed("idpass/sample_id_3.png", 0.35);
        assertThat(r.failed()).isTrue();
        assertThat(r.messageZh()).contains("曝光不足");
    }

    @Test
    void tellsADarkPhotoOfFairSkinFromAWellLitPhotoOfDarkSkin() {
        RuleResult darkSkin = exposed("idpass/sample_id_1.png", 1.0);
        RuleResult darkPhoto = exposed("idpass/sample_id_3.png", 0.45);
        // both faces have about the same mean lightness; only the highlights tell them apart
        assertThat(darkSkin.measured()).isCloseTo(darkPhoto.measured(), org.assertj.core.api.Assertions.within(4.0));
        assertThat(darkSkin.passed()).isTrue();
        assertThat(darkPhoto.failed()).isTrue();
        assertThat(darkPhoto.values().get("highlightL")).isLessThan(40.0);
    }

    @Test
    void rejectsABurntOutFace() {
        RuleResult r = exposed("idpass/sample_id_3.png", 1.7);
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("clippedShare")).isGreaterThan(0.05);
        assertThat(r.messageEn()).contains("over-exposed");
    }
}
