package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class SharpnessRuleTest {

    private static final String ID = SharpnessRule.ID;

    private static RuleResult blurred(double sigma) {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        return rule(ID, Pictures.jpeg(sigma == 0 ? m : Pictures.blur(m, sigma), 92, 300), "b.jpg");
    }

    @Test
    void passesASharpPortrait() {
        RuleResult r = blurred(0);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void rejectsAPortraitOutOfFocus() {
        RuleResult r = blurred(2.0);
        assertThat(r.failed()).isTrue();
        assertThat(r.messageZh()).contains("照片清晰度不合格");
    }

    @Test
    void sharpnessFallsAsBlurGrows() {
        double sharp = blurred(0).measured();
        double slight = blurred(0.8).measured();
        double strong = blurred(2.0).measured();
        assertThat(sharp).isGreaterThan(slight);
        assertThat(slight).isGreaterThan(strong);
    }

    @Test
    void measuresTheSameFaceAboutTheSameAtHalfItsResolution() {
        Mat m = Pictures.decode(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")));
        double full = rule(ID, Pictures.jpeg(m, 92, 300), "full.jpg").measured();
        double half = rule(ID, Pictures.jpeg(Pictures.resize(m, m.cols() / 2, m.rows() / 2), 92, 300), "half.jpg").measured();
        assertThat(half / full).isBetween(0.7, 1.3);
    }

    @Test
    void passesOrdinaryJpegSoftness() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        assertThat(rule(ID, Pictures.jpeg(m, 60, 300), "q60.jpg").passed()).isTrue();
    }

    @Test
    void aLimitMetExactlyPasses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] photo = Pictures.jpeg(Pictures.blur(Pictures.decode(Engines.compliant("idpass/sample_id_3.png")), 1.6), 92, 300);
        double measured = rule(ID, photo, "b.jpg").measured();
        java.nio.file.Path p = dir.resolve("exact.yaml");
        java.nio.file.Files.writeString(p, "id: exact\nextends: chsi-2017\nrules:\n  IMG_SHARPNESS: {minLaplacianVariance: "
                + Math.round(measured) + "}\n");
        RuleResult r = rule(ID, photo, "b.jpg", org.gradphoto.engine.profile.Profiles.get(p.toString()));
        assertThat(r.measuredText()).isEqualTo(String.valueOf(Math.round(measured)));
        assertThat(r.passed()).isTrue();
    }
}
