package org.gradphoto.engine.rules.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;

class EyesLevelRuleTest {

    private static final String ID = EyesLevelRule.ID;

    @Test
    void passesLevelEyes() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(Math.abs(r.measured())).isLessThan(1.0);
    }

    @Test
    void rejectsARealTiltedHead() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test3.jpg")), "test3.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(3.9, within(0.3));
        assertThat(r.messageZh()).contains("头部歪斜");
    }

    @Test
    void rejectsAPhotoTurnedFiveDegrees() {
        var m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        var rot = org.opencv.imgproc.Imgproc.getRotationMatrix2D(new org.opencv.core.Point(240, 260), 5, 1);
        var out = new org.opencv.core.Mat();
        org.opencv.imgproc.Imgproc.warpAffine(m, out, rot, m.size(), org.opencv.imgproc.Imgproc.INTER_CUBIC,
                org.opencv.core.Core.BORDER_REPLICATE);
        RuleResult r = rule(ID, Pictures.jpeg(out, 90, 300), "turned.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(-5.0, within(0.6));
    }
}
