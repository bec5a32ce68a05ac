package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class NoBorderRuleTest {

    private static final String ID = NoBorderRule.ID;

    private static RuleResult bordered(int width, Scalar colour) {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        return rule(ID, Pictures.jpeg(width == 0 ? m : Pictures.border(m, width, colour), 92, 300), "b.jpg");
    }

    @Test
    void passesAPhotoWithoutBorder() {
        RuleResult r = bordered(0, null);
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(0.0);
    }

    @Test
    void rejectsATenPixelBlackFrame() {
        RuleResult r = bordered(10, new Scalar(0, 0, 0));
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(10.0);
        assertThat(r.values()).containsEntry("top", 10.0).containsEntry("left", 10.0);
    }

    @Test
    void rejectsAThreePixelWhiteFrameOnLightBlue() {
        RuleResult r = bordered(3, new Scalar(255, 255, 255));
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(3.0);
    }

    @Test
    void rejectsEvenAOnePixelFrameLine() {
        RuleResult r = bordered(1, new Scalar(0, 0, 0));
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isBetween(1.0, 2.0);
    }

    @Test
    void passesABandOfTheBackgroundsOwnColourBelowACutBust() {
        // the fixed sample_id_2 ends above the bottom edge; moved down, the band below it is under 40 px
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_2.png"));
        RuleResult r = rule(ID, Pictures.jpeg(Pictures.shift(m, 0, 8, Pictures.topColour(m)), 92, 300), "low.jpg");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void passesPhotosWhoseEdgesAreBackgroundAndClothes() {
        // the person's shirt reaches the left and right edges at the bottom; the background above is the same
        // colour all the way in: no frame
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(0.0);
    }

    @Test
    void passesRealPhotosWhoseEdgesAreSceneNotFrame() {
        assertThat(rule(ID, Faces.bytes(Faces.shipped("hivision/test1.jpg")), "street.jpg").passed()).isTrue();
        assertThat(rule(ID, Faces.bytes(Faces.shipped("hivision/test4.jpg")), "beige.jpg").passed()).isTrue();
    }
}
