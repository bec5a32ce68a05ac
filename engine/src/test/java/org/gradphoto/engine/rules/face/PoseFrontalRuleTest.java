package org.gradphoto.engine.rules.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class PoseFrontalRuleTest {

    private static final String ID = PoseFrontalRule.ID;

    @Test
    void passesAFrontalFace() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(Math.abs(r.values().get("yaw"))).isLessThan(3.0);
        assertThat(Math.abs(r.values().get("pitch"))).isLessThan(4.0);
    }

    @Test
    void rejectsAHeadTurnedSideways() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("face_recognition/lin-manuel-miranda.png")), "lin.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("yaw")).isCloseTo(12.0, within(1.5));
        assertThat(r.messageZh()).contains("头部左右转动");
    }

    @Test
    void rejectsAHeadTiltedBack() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("dlib/Tom_Cruise_avp_2014_4.jpg")), "tom.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("pitch")).isCloseTo(13.0, within(1.5));
    }

    @Test
    void passesTheSlightTurnOfAnIdPortrait() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test3.jpg")), "test3.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("yaw")).isCloseTo(3.6, within(1.0));
    }
}
