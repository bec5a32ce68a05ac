package org.gradphoto.engine.rules.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class ShouldersRuleTest {

    private static final String ID = ShouldersRule.ID;

    @Test
    void passesLevelShoulders() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test2.jpg")), "test2.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isLessThan(2.0);
    }

    @Test
    void warnsAboutShouldersAtDifferentHeights() {
        // the astronaut's suit: one shoulder clearly higher than the other
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("skimage/astronaut.png")), "astronaut.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isGreaterThan(10.0);
        assertThat(r.values().get("leftY")).isGreaterThan(r.values().get("rightY"));
        assertThat(r.messageZh()).contains("左肩（照片右侧）低于右肩");
    }

    @Test
    void isNotMeasuredWhenTheShouldersAreOutsideThePictureUnderTheNationalProfile() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), "id.png");
        assertThat(r.status()).isEqualTo(Status.NOT_MEASURED);
    }

    @Test
    void rejectsShouldersOutsideThePictureWhereTheProfileWantsThemInFrame() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), "id.png",
                Profiles.get("adult-online-2024"));
        assertThat(r.failed()).isTrue();
        assertThat(r.messageZh()).contains("肩膀没有完整拍入照片");
    }
}
