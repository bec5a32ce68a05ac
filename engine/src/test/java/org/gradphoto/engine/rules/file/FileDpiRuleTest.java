package org.gradphoto.engine.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.junit.jupiter.api.Test;

class FileDpiRuleTest {

    private static final String ID = FileDpiRule.ID;

    private static byte[] compliant() {
        return Engines.compliant("idpass/sample_id_3.png");
    }

    @Test
    void passes300DpiInJfif() {
        RuleResult r = rule(ID, compliant(), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(300.0);
    }

    @Test
    void rejects72Dpi() {
        RuleResult r = rule(ID, JpegEdits.withJfifDensity(compliant(), 1, 72, 72), "72.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(72.0);
        assertThat(r.messageZh()).contains("72 dpi（JFIF）");
    }

    @Test
    void rejectsAFileThatStatesNoResolution() {
        RuleResult r = rule(ID, JpegEdits.withJfifDensity(compliant(), 0, 1, 1), "aspect.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isNull();
        assertThat(r.messageEn()).contains("states no resolution");
    }

    @Test
    void acceptsDotsPerCentimetreThatMake300Dpi() {
        // 118 dots/cm = 299.7 dpi, within the half-dot tolerance
        RuleResult r = rule(ID, JpegEdits.withJfifDensity(compliant(), 2, 118, 118), "dpcm.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(300.0);
    }

    @Test
    void rejectsJfifAndExifThatDisagree() {
        byte[] both = JpegEdits.withExif(compliant(), JpegEdits.Exif.dpi(72));
        RuleResult r = rule(ID, both, "both.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.messageEn()).contains("EXIF says 72 dpi");
    }

    @Test
    void readsExifResolutionWhenJfifHasNone() {
        byte[] exifOnly = JpegEdits.withExif(JpegEdits.withJfifDensity(compliant(), 0, 1, 1), JpegEdits.Exif.dpi(300));
        RuleResult r = rule(ID, exifOnly, "exif.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.messageZh()).contains("300 dpi");
    }

    @Test
    void readsPngResolution() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(72.0);
    }
}
