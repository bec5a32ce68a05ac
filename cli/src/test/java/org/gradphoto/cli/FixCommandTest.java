package org.gradphoto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.image.FileFactsReader;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradphoto fix}: the fixed file, the before/after table, refusals and errors, exit codes. */
class FixCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesAPassingFileAndShowsEveryRuleBeforeAndAfter() throws Exception {
        Path out = dir.resolve("out/fixed.jpg");
        CliRun r = run("fix", Faces.shipped("idpass/sample_id_3.png").toString(), "-o", out.toString(), "--background", "white");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("已修正", "背景 white", "FILE_DIMENSIONS", "✗ 413 × 531 px", "✓ 480 × 640 px",
                "修正后结论：合格");
        FileFacts f = FileFactsReader.read(Files.readAllBytes(out), "fixed.jpg");
        assertThat(f.width()).isEqualTo(480);
        assertThat(f.dpi()).isEqualTo(300.0);
        assertThat(f.sizeKb()).isBetween(20.0, 40.0);
    }

    @Test
    void drawsTheGuidesOnTheFixedPhoto() throws Exception {
        Path png = dir.resolve("guides.png");
        CliRun r = run("fix", Faces.shipped("idpass/sample_id_1.png").toString(), "-o", dir.resolve("f.jpg").toString(),
                "--annotate", png.toString());
        assertThat(r.exit()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(480);
    }

    @Test
    void refusesAPhotoOnlyANewOneCanFixAndSaysWhatToTake() {
        CliRun r = run("fix", "--lang", "en", Faces.shipped("hivision/test4.jpg").toString(), "-o", dir.resolve("x.jpg").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("Cannot be fixed", "Take a new photo: Let the hair down");
        assertThat(Files.exists(dir.resolve("x.jpg"))).isFalse();
    }

    @Test
    void anUnreadableFileGivesExitCodeTwo() throws Exception {
        Path heic = dir.resolve("a.heic");
        Files.write(heic, BadFiles.heic());
        CliRun r = run("fix", heic.toString(), "-o", dir.resolve("x.jpg").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("无法读取", "HEIC");
    }

    @Test
    void aBackgroundTheProfileDoesNotAllowIsAClearError() {
        CliRun r = run("fix", "--profile", "zikao-xinjiang", "--background", "blue", Faces.shipped("idpass/sample_id_1.png").toString(),
                "-o", dir.resolve("x.jpg").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("does not allow background blue", "allowed: white");
    }

    @Test
    void aMissingInputIsAClearError() {
        CliRun r = run("fix", dir.resolve("nope.jpg").toString(), "-o", dir.resolve("x.jpg").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("找不到文件");
    }

    @Test
    void theOutputIsRequired() {
        CliRun r = run("fix", Faces.shipped("idpass/sample_id_1.png").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--output");
    }
}
