package org.gradphoto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradphoto batch}: the summary, exit codes, progress on a terminal and in a log, re-runs, errors. */
class BatchCommandTest {

    static final String GOOD = IdNumber.complete("11010520010101101").value();
    static final String FIXABLE = IdNumber.complete("11010520010101102").value();
    static final String BROKEN = IdNumber.complete("11010520010101103").value();

    @TempDir
    Path dir;

    Path in;

    @BeforeEach
    void photos() throws Exception {
        in = Files.createDirectories(dir.resolve("class1"));
        Files.write(in.resolve(GOOD + ".jpg"), Engines.compliant("idpass/sample_id_3.png"));
        Files.write(in.resolve(FIXABLE + ".png"), Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
    }

    @Test
    void checksAFolderAndSumsItUp() throws Exception {
        Files.write(in.resolve(BROKEN + ".heic"), BadFiles.heic());
        Files.write(in.resolve("张三.jpg"), Engines.compliant("idpass/sample_id_2.png"));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("batch", in.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("待处理 4 张", "共 4 张", "无法读取  1", "不合格  1", "合格（有提示）  1", "合格  1",
                "照片文件不规范  2", "文件名问题：", "文件名不是身份证号码  1", "已导出 1 张到 " + out.resolve("export"));
        assertThat(out.resolve("export").toFile().list()).containsExactly(GOOD + ".jpg");
        assertThat(Files.exists(out.resolve("export.zip"))).isTrue();
        assertThat(Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8)).contains(BROKEN, GOOD, FIXABLE);
        assertThat(Files.size(out.resolve("report.html"))).isGreaterThan(10_000);
        assertThat(Files.exists(out.resolve("results.xlsx"))).isTrue();
    }

    @Test
    void exitsZeroWhenEveryPhotoPassesOrIsFixed() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("batch", "--fix", "--background", "white", in.toString(), "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("共 2 张", "已修正  1", "合格  1", "已导出 2 张");
        assertThat(out.resolve("export").toFile().list()).containsExactlyInAnyOrder(GOOD + ".jpg", FIXABLE + ".jpg");
    }

    @Test
    void speaksEnglishWhenAsked() {
        CliRun r = CliRun.of("batch", "--lang", "en", in.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("2 photos to do", "2 photos in", "Failed categories (originals):",
                "Photo file not to specification  1", "Exported 1 photos to");
    }

    @Test
    void printsPlainProgressLinesWhenNotOnATerminal() {
        CliRun r = CliRun.of("batch", in.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.out()).contains("1/2  ", "2/2  ", "张/秒", "剩余").doesNotContain("\r", "[#");
    }

    @Test
    void drawsAProgressBarOnATerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"batch", in.toString(), "--out", dir.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), true);
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\r[###############...............] 1/2",
                "\r[##############################] 2/2");
    }

    @Test
    void aReRunSkipsWhatIsDoneUnlessForced() {
        String out = dir.resolve("out").toString();
        CliRun.of("batch", in.toString(), "--out", out);
        CliRun again = CliRun.of("batch", in.toString(), "--out", out);
        assertThat(again.out()).contains("待处理 0 张，跳过上次已完成的 2 张", "共 2 张");
        CliRun forced = CliRun.of("batch", "--force", in.toString(), "--out", out);
        assertThat(forced.out()).contains("待处理 2 张").doesNotContain("跳过");
    }

    @Test
    void takesZipsAndSinglePhotosBesideFolders() throws Exception {
        Path zip = dir.resolve("class2.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("二班/" + BROKEN + ".jpg"));
            z.write(Engines.compliant("idpass/sample_id_2.png"));
            z.closeEntry();
        }
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("batch", zip.toString(), in.resolve(GOOD + ".jpg").toString(), "--out", out.toString());
        assertThat(r.out()).contains("共 2 张", "合格（有提示）  1", "合格  1");
        assertThat(r.exit()).isZero();
        assertThat(out.resolve("export").toFile().list()).containsExactlyInAnyOrder(GOOD + ".jpg", BROKEN + ".jpg");
    }

    @Test
    void aMissingInputIsAClearErrorAndWritesNothing() {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("batch", dir.resolve("nope").toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("找不到", "nope");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void withoutAnOutputFolderItSaysWhatIsMissing() {
        CliRun r = CliRun.of("batch", in.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void aBackgroundTheProfileDoesNotAllowStopsBeforeAnyPhoto() {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("batch", "--fix", "--profile", "zikao-xinjiang", "--background", "blue", in.toString(),
                "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("不允许背景 blue", "does not allow background blue", "allowed: white");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void zeroThreadsIsAClearError() {
        CliRun r = CliRun.of("batch", "--threads", "0", in.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--threads 至少为 1");
    }

    @Test
    void anUnknownProfileIsAClearError() {
        CliRun r = CliRun.of("batch", "--profile", "nowhere", in.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere");
    }
}
