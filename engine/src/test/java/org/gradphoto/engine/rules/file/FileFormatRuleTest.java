package org.gradphoto.engine.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.junit.jupiter.api.Test;

class FileFormatRuleTest {

    private static final String ID = FileFormatRule.ID;

    @Test
    void passesARealJpegNamedJpg() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.status()).isEqualTo(Status.PASSED);
        assertThat(r.measuredText()).isEqualTo("JPEG, .jpg");
    }

    @Test
    void acceptsAnUpperCaseExtension() {
        assertThat(rule(ID, Engines.compliant("idpass/sample_id_3.png"), "PHOTO.JPG").passed()).isTrue();
    }

    @Test
    void rejectsAPngNamedJpg() {
        // hivision/test2.jpg is a PNG file with a .jpg name, as photo tools often leave them
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test2.jpg")), "test2.jpg");
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.measuredText()).isEqualTo("PNG, .jpg");
        assertThat(r.messageZh()).contains("文件实际为 PNG 格式");
    }

    @Test
    void rejectsAWebpNamedJpg() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("hivision/test1.jpg")), "test1.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measuredText()).isEqualTo("WebP, .jpg");
    }

    @Test
    void rejectsATruncatedJpeg() {
        byte[] cut = JpegEdits.truncated(Engines.compliant("idpass/sample_id_3.png"), 0.6);
        RuleResult r = rule(ID, cut, "cut.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.messageEn()).contains("incomplete");
    }

    @Test
    void rejectsJpegExtensionUnderTheNationalProfileButAcceptsItForAdultOnline() {
        byte[] file = Engines.compliant("idpass/sample_id_3.png");
        RuleResult national = rule(ID, file, "photo.jpeg");
        assertThat(national.failed()).isTrue();
        assertThat(national.messageZh()).contains("扩展名为 .jpeg");
        assertThat(rule(ID, file, "photo.jpeg", Profiles.get("adult-online-2024")).passed()).isTrue();
    }

    @Test
    void rejectsRandomBytesAsUndecodable() {
        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = (byte) 0xFF;
        junk[1] = (byte) 0xD8;
        junk[2] = (byte) 0xFF;
        RuleResult r = rule(ID, junk, "junk.jpg");
        assertThat(r.failed()).isTrue();
    }
}
