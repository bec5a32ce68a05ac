package org.gradphoto.engine.rules.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class CrownRuleTest {

    private static final String ID = CrownRule.ID;

    private static Mat pixels() {
        return Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
    }

    private static double crownOf(Mat m) {
        return rule(ID, Pictures.jpeg(m, 90, 300), "m.jpg").measured();
    }

    private static RuleResult shifted(int dy) {
        Mat m = pixels();
        return rule(ID, Pictures.jpeg(Pictures.shift(m, 0, dy, Pictures.topColour(m)), 90, 300), "shifted.jpg");
    }

    @Test
    void passesACrownInsideTheWindow() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isBetween(70.0, 90.0);
    }

    @Test
    void rejectsAHeadTooHigh() {
        double base = crownOf(pixels());
        RuleResult r = shifted(-40);
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isCloseTo(base - 40, within(2.0));
        assertThat(r.messageZh()).contains("头部太靠上");
    }

    @Test
    void rejectsAHeadTooLow() {
        RuleResult r = shifted(45);
        assertThat(r.failed()).isTrue();
        assertThat(r.messageEn()).contains("the head is too low");
    }

    @Test
    void passesTheWindowEdgesAndFailsJustOutside() {
        double base = crownOf(pixels());
        int toLow = (int) Math.round(52 - base);
        int toHigh = (int) Math.round(108 - base);
        assertThat(shifted(toLow).passed()).isTrue();
        assertThat(shifted(toHigh).passed()).isTrue();
        assertThat(shifted(toLow - 5).failed()).isTrue();
        assertThat(shifted(toHigh + 5).failed()).isTrue();
    }

    @Test
    void rejectsHairThatRunsIntoTheTopEdge() {
        // paul_rudd_1: the hair touches the top of the picture; the true crown is unknown
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("facenet_pytorch/paul_rudd_1.jpg")), "paul.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(0.0);
        assertThat(r.messageZh()).contains("头发触及照片上边沿");
    }

    @Test
    void isNotMeasuredWithoutAFace() {
        Mat background = Pictures.crop(pixels(), 0, 0, 480, 60);
        RuleResult r = rule(ID, Pictures.jpeg(Pictures.resize(background, 480, 640), 90, 300), "empty.jpg");
        assertThat(r.status()).isEqualTo(Status.NOT_MEASURED);
    }
}
