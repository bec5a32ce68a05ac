package org.gradphoto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;

/** {@code gradphoto check} as a person and a script use it: output, exit codes, JSON, annotation, bad input. */
class CheckCommandTest {

    @TempDir
    static Path dir;
    static Path good;
    static Path low;
    static Path heic;

    @BeforeAll
    static void photos() throws Exception {
        good = dir.resolve("good.jpg");
        Files.write(good, Engines.compliant("idpass/sample_id_3.png"));
        Mat m = Pictures.decode(Files.readAllBytes(good));
        low = dir.resolve("low.jpg");
        Files.write(low, Pictures.jpeg(Pictures.shift(m, 0, 50, Pictures.topColour(m)), 92, 300));
        heic = dir.resolve("IMG_0001.HEIC");
        Files.write(heic, BadFiles.heic());
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aCompliantPhotoPassesWithExitCodeZeroInChinese() {
        CliRun r = run("check", good.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("照片：good.jpg", "规范：chsi-2017", "✓ GEOM_CROWN", "✓ FILE_SIZE");
        assertThat(r.out()).containsPattern("结论：合格");
    }

    @Test
    void aPhotoWithTheHeadTooLowFailsWithExitCodeOneAndSaysWhy() {
        CliRun r = run("check", low.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("结论：不合格", "✗ GEOM_CROWN", "头部太靠下", "建议：剪裁或增补照片底色");
    }

    @Test
    void speaksEnglishOnRequest() {
        CliRun r = run("check", "--lang", "en", low.toString());
        assertThat(r.out()).contains("Verdict: fail", "the head is too low", "Fix: Crop or extend the background");
    }

    @Test
    void anUnreadableFileGivesExitCodeTwoAndAReason() {
        CliRun r = run("check", heic.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("无法读取", "兼容性最佳");
    }

    @Test
    void aMissingFileGivesExitCodeTwo() {
        CliRun r = run("check", dir.resolve("nope.jpg").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("无法读取文件");
    }

    @Test
    void printsJsonOfTheDocumentedSchema() throws Exception {
        CliRun r = run("check", "--json", low.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("gradphoto.inspection/1");
        assertThat(j.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(j.get("rules").findValuesAsText("id")).contains("GEOM_CROWN");
    }

    @Test
    void checksAFolderPhotoByPhotoAndSumsUp() throws Exception {
        Path folder = dir.resolve("class");
        Files.createDirectories(folder);
        Files.copy(good, folder.resolve("a.jpg"));
        Files.copy(low, folder.resolve("b.jpg"));
        Files.copy(heic, folder.resolve("c.heic"));
        CliRun r = run("check", folder.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("a.jpg", "b.jpg  ✗GEOM_CROWN", "c.heic");
        assertThat(r.out()).contains("共 3 张");

        CliRun json = run("check", "--json", folder.toString());
        assertThat(new ObjectMapper().readTree(json.out())).hasSize(3);
    }

    @Test
    void drawsTheGuidesIntoAnAnnotatedPng() throws Exception {
        Path png = dir.resolve("out/annotated.png");
        CliRun r = run("check", "--annotate", png.toString(), low.toString());
        assertThat(r.exit()).isEqualTo(1);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(480);
        assertThat(img.getHeight()).isEqualTo(640);
    }

    @Test
    void checksAgainstAnotherProfile() {
        CliRun r = run("check", "--profile", "zikao-xinjiang", good.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("zikao-xinjiang", "✗ BG_COLOR");
    }

    @Test
    void anUnknownProfileIsAClearErrorNotAStackTrace() {
        CliRun r = run("check", "--profile", "no-such", good.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("规范文件有误", "no such profile");
    }

    @Test
    void warningsFailOnlyWhenStrict() throws Exception {
        Path bangs = dir.resolve("bangs.jpg");
        Files.write(bangs, Engines.compliant("idpass/sample_id_2.png"));
        assertThat(run("check", bangs.toString()).exit()).isZero();
        assertThat(run("check", "--strict", bangs.toString()).exit()).isEqualTo(1);
    }

    @Test
    void aShippedRealPortraitCanBeCheckedDirectly() {
        CliRun r = run("check", Faces.shipped("hivision/test3.jpg").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("✗ GEOM_EYES_LEVEL");
    }
}
