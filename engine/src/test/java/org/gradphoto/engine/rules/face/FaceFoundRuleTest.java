package org.gradphoto.engine.rules.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class FaceFoundRuleTest {

    private static final String ID = FaceFoundRule.ID;

    @Test
    void passesOneFaceWithItsKeyPoints() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(1.0);
    }

    @Test
    void rejectsTwoPeople() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/trump_hillary.jpg")), "two.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(2.0);
    }

    @Test
    void rejectsAGroupPhotoCountingEveryFace() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("dlib/2008_004176.jpg")), "group.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(7.0);
    }

    @Test
    void rejectsAPictureWithoutAFace() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        Mat backgroundOnly = Pictures.resize(Pictures.crop(m, 0, 0, 480, 50), 480, 640);
        RuleResult r = rule(ID, Pictures.jpeg(backgroundOnly, 90, 300), "empty.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(0.0);
        assertThat(r.messageZh()).isEqualTo("没有检测到人脸。");
    }

    @Test
    void rejectsAFaceWhoseKeyPointsCannotBeTaken() {
        // 2007_007763: the detector finds a small, turned face but the mesh cannot place its points
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("dlib/2007_007763.jpg")), "group.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(1.0);
        assertThat(r.messageZh()).contains("无法定位脸部关键点");
    }
}
