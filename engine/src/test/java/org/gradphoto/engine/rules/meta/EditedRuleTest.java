package org.gradphoto.engine.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.junit.jupiter.api.Test;

class EditedRuleTest {

    private static final String ID = EditedRule.ID;

    @Test
    void passesAFileWithoutEditingSoftware() {
        assertThat(rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg").passed()).isTrue();
    }

    @Test
    void flagsPhotoshopMetadata() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/trump_hillary.jpg")), "debate.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measuredText()).contains("Photoshop");
    }

    @Test
    void flagsABeautyApp() {
        byte[] file = JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"), JpegEdits.Exif.software("美图秀秀 Meitu 9.2"));
        RuleResult r = rule(ID, file, "meitu.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.messageZh()).contains("美图秀秀 Meitu 9.2");
    }

    @Test
    void passesACameraFirmwareName() {
        byte[] file = JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"), JpegEdits.Exif.software("Ver.1.01"));
        assertThat(rule(ID, file, "camera.jpg").passed()).isTrue();
    }
}
