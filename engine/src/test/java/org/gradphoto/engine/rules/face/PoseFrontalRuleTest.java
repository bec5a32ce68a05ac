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
        // labelled head_turned: the head turned about 20 degrees
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/d3d_000002.jpg")), "turned.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("yaw")).isCloseTo(-20.0, within(2.0));
        assertThat(r.messageZh()).contains("头部左右转动");
    }

    @Test
    void rejectsAHeadTippedBack() {
        // labelled looking_up_down: chin up, looking over the camera
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/prnet_aflw01038.jpg")), "up.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("pitch")).isCloseTo(-35.0, within(3.0));
    }

    @Test
    void rejectsAHeadBentDown() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/prnet_aflw02545.jpg")), "down.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("pitch")).isCloseTo(25.0, within(3.0));
    }

    @Test
    void passesAPersonLookingStraightAheadWhomTheMeshSeesTippedBack() {
        // labelled compliant; the mesh's depth says -21 degrees, the pose network about -11
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/u2net_img_1588.png")), "straight.png");
        assertThat(r.passed()).isTrue();
        assertThat(Math.abs(r.values().get("pitch"))).isLessThan(15.0);
    }

    @Test
    void passesAHeadTurnedTheLittleACompliantPhotoShows() {
        // labelled compliant, turned about 11 degrees: inside the 14 degrees the profile allows
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/apd_girl-2128294.png")), "girl.png");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("yaw")).isCloseTo(11.0, within(1.5));
    }

    @Test
    void passesTheSlightTurnOfAnIdPortrait() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test3.jpg")), "test3.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("yaw")).isCloseTo(3.6, within(1.0));
    }
}
