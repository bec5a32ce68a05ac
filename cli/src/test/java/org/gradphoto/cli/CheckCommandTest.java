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

    @Test
    void comparesWithAReferencePhotoOfTheSamePerson() throws Exception {
        Path original = dir.resolve("admission.png");
        Files.write(original, Faces.bytes(Faces.shipped("idpass/sample_id_3.png")));
        CliRun r = run("check", "--reference", original.toString(), good.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("✓ FACE_SAME_PERSON +与参考照片为同一人（相似度 0\\.9\\d）");
    }

    @Test
    void warnsWhenThePhotoShowsSomeoneElseThanTheReference() throws Exception {
        Path other = dir.resolve("other.png");
        Files.write(other, Faces.bytes(Faces.shipped("idpass/sample_id_4.png")));
        CliRun r = run("check", "--reference", other.toString(), "--json", good.toString());
        assertThat(r.exit()).isZero();
        JsonNode same = null;
        for (JsonNode rule : new ObjectMapper().readTree(r.out()).get("rules")) {
            if (rule.get("id").asText().equals("FACE_SAME_PERSON")) {
                same = rule;
            }
        }
        assertThat(same).isNotNull();
        assertThat(same.get("status").asText()).isEqualTo("FAILED");
        assertThat(same.get("severity").asText()).isEqualTo("WARNING");
        assertThat(same.get("measured").asDouble()).isLessThan(0.5);
    }

    @Test
    void refusesAReferenceWithoutAFaceOrThatCannotBeRead() throws Exception {
        Path wall = dir.resolve("wall.jpg");
        Files.write(wall, Pictures.jpeg(new Mat(640, 480, org.opencv.core.CvType.CV_8UC3,
                new org.opencv.core.Scalar(200, 200, 200)), 90, 300));
        CliRun none = run("check", "--reference", wall.toString(), good.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("参考照片", "中找不到清晰的人脸");
        CliRun missing = run("check", "--lang", "en", "--reference", dir.resolve("nowhere.jpg").toString(), good.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the reference photo");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void leavesTheComparisonOutWithoutAReference() {
        assertThat(run("check", good.toString()).out()).doesNotContain("FACE_SAME_PERSON");
    }
}
