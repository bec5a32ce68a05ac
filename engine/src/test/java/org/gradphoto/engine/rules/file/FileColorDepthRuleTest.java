package org.gradphoto.engine.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

class FileColorDepthRuleTest {

    private static final String ID = FileColorDepthRule.ID;

    @Test
    void passesThreeEightBitComponents() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values()).containsEntry("bitsPerPixel", 24.0);
    }

    @Test
    void rejectsAGreyscaleJpeg() {
        Mat colour = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        Mat grey = new Mat();
        Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
        RuleResult r = rule(ID, Pictures.jpeg(grey, 90, 300), "grey.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values()).containsEntry("bitsPerPixel", 8.0);
        assertThat(r.messageZh()).contains("灰度图");
    }

    @Test
    void rejectsACmykJpeg() {
        RuleResult r = rule(ID, BadFiles.cmykJpeg(Engines.compliant("idpass/sample_id_3.png")), "cmyk.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values()).containsEntry("bitsPerPixel", 32.0);
        assertThat(r.messageEn()).contains("CMYK");
    }

    @Test
    void rejectsAPngWithAlpha() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.measuredText()).startsWith("32-bit (4 × 8, RGBA)");
    }
}
