package org.gradphoto.engine.rules.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class ColourPhotoRuleTest {

    private static final String ID = ColourPhotoRule.ID;

    @Test
    void passesAColourPhotoOfDarkSkin() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_1.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isGreaterThan(15.0);
    }

    @Test
    void rejectsAnOldBlackAndWhiteSchoolPhoto() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("gfpgan/Julia_Roberts_crop.png")), "julia.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isLessThan(0.5);
    }

    @Test
    void rejectsASepiaTonedPhoto() {
        Mat grey = Pictures.grey(Pictures.decode(Engines.compliant("idpass/sample_id_3.png")));
        Mat sepia = new Mat();
        org.opencv.core.Core.multiply(grey, new org.opencv.core.Scalar(0.86, 0.95, 1.0), sepia);
        RuleResult r = rule(ID, Pictures.jpeg(sepia, 90, 300), "sepia.jpg");
        // a faint tint is still not a colour photo: skin chroma stays far below real skin's
        assertThat(r.measured()).isLessThan(10.0);
    }
}
