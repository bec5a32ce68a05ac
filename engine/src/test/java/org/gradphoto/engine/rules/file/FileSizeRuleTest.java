package org.gradphoto.engine.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.profile.InvalidProfileException;
import org.gradphoto.engine.profile.ProfileLoader;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSizeRuleTest {

    private static final String ID = FileSizeRule.ID;

    /** A small, flat file to pad to exact sizes: the compliant photo blurred and heavily compressed. */
    private static byte[] small() {
        byte[] b = Pictures.jpeg(Pictures.blur(Pictures.decode(Engines.compliant("idpass/sample_id_3.png")), 3), 60, 300);
        assertThat(b.length).isLessThan(20 * 1024 - 100);
        return b;
    }

    @Test
    void passesTheLowerEdgeOf20KbExactly() {
        RuleResult r = rule(ID, JpegEdits.paddedTo(small(), 20 * 1024), "20k.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(20.0);
    }

    @Test
    void rejectsOneByteBelow20Kb() {
        RuleResult r = rule(ID, JpegEdits.paddedTo(small(), 20 * 1024 - 1), "small.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.values()).containsEntry("bytes", 20479.0);
        assertThat(r.messageZh()).contains("小于 20–40 KB 的下限");
    }

    @Test
    void passesTheUpperEdgeOf40KbExactly() {
        RuleResult r = rule(ID, JpegEdits.paddedTo(small(), 40 * 1024), "40k.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(40.0);
    }

    @Test
    void rejectsOneByteAbove40Kb() {
        RuleResult r = rule(ID, JpegEdits.paddedTo(small(), 40 * 1024 + 1), "big.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.messageEn()).contains("above the 20–40 KB window");
    }

    @Test
    void aProfileMayWidenTheWindow(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path p = dir.resolve("agency.yaml");
        java.nio.file.Files.writeString(p, "id: agency\nextends: chsi-2017\nrules:\n  FILE_SIZE: {minKb: 30, maxKb: 60}\n");
        byte[] file = JpegEdits.paddedTo(small(), 50 * 1024);
        assertThat(rule(ID, file, "50k.jpg").failed()).isTrue();
        assertThat(rule(ID, file, "50k.jpg", ProfileLoader.file(p)).passed()).isTrue();
    }

    @Test
    void refusesAProfileWhoseWindowIsUpsideDown(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path p = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(p, "id: bad\nextends: chsi-2017\nrules:\n  FILE_SIZE: {minKb: 60, maxKb: 30}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Engines.engine().rules(ProfileLoader.file(p)))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("FILE_SIZE");
    }
}
