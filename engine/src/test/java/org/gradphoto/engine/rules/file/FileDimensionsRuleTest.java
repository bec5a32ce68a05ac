package org.gradphoto.engine.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class FileDimensionsRuleTest {

    private static final String ID = FileDimensionsRule.ID;

    @Test
    void passesExactly480By640() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.values()).containsEntry("width", 480.0).containsEntry("height", 640.0);
    }

    @Test
    void rejectsAPhotoOfAnotherSize() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.measuredText()).isEqualTo("413 × 531 px");
    }

    @Test
    void rejectsOnePixelTooWide() {
        Mat m = Pictures.resize(Pictures.decode(Engines.compliant("idpass/sample_id_3.png")), 481, 640);
        RuleResult r = rule(ID, Pictures.jpeg(m, 90, 300), "481.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values()).containsEntry("width", 481.0);
    }

    @Test
    void rejectsTheRightPixelsShownSidewaysByExifOrientation() {
        byte[] turned = JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"), JpegEdits.Exif.orientation(6));
        RuleResult r = rule(ID, turned, "turned.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.messageEn()).contains("EXIF orientation 6");
    }
}
