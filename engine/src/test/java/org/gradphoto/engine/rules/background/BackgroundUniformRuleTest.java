package org.gradphoto.engine.rules.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class BackgroundUniformRuleTest {

    private static final String ID = BackgroundUniformRule.ID;

    @Test
    void passesAnEvenBackground() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values().get("cellDeltaE")).isLessThan(3.0);
        assertThat(r.values().get("stdL")).isLessThan(2.0);
    }

    @Test
    void rejectsAStreetBehindThePerson() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test1.jpg")), "street.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("outlierShare")).isGreaterThan(0.5);
        assertThat(r.messageZh()).contains("其他人或物体");
    }

    @Test
    void rejectsAVignettedStudioBackground() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("facenet_pytorch/paul_rudd_1.jpg")), "paul.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("cellDeltaE")).isGreaterThan(10.0);
        assertThat(r.messageZh()).contains("渐变或阴影");
    }

    @Test
    void rejectsAShadowCastOnTheBackground() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        Mat shade = m.clone();
        Imgproc.rectangle(shade, new Point(330, 0), new Point(480, 640), new Scalar(0, 0, 0), -1);
        org.opencv.core.Core.addWeighted(m, 0.7, shade, 0.3, 0, shade);
        Mat shadowed = m.clone();
        shade.submat(0, 640, 330, 480).copyTo(shadowed.submat(0, 640, 330, 480));
        RuleResult r = rule(ID, Pictures.jpeg(shadowed, 92, 300), "shadow.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values().get("cellDeltaE")).isGreaterThan(10.0);
    }
}
