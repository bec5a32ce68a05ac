package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a check's rows become the lines a candidate reads. */
class PlainVerdictTest {

    static RuleRow row(String id, String status, String severity, String plain) {
        return new RuleRow(id, status, severity, "OTHER", "其他", "m", "l", "测得 " + id, "measured " + id, "修正 " + id,
                "fix " + id, "名称" + id, "name " + id, plain, plain.isEmpty() ? "" : "en " + plain,
                plain.isEmpty() ? "" : "做法 " + id, plain.isEmpty() ? "" : "todo " + id);
    }

    static final List<RuleRow> ROWS = List.of(
            row("FILE_SIZE", "FAILED", "ERROR", "照片文件太大。"),
            row("BG_COLOR", "FAILED", "ERROR", "背景颜色不符合要求。"),
            row("ACC_HAIR", "FAILED", "WARNING", "头发可能挡住了眉毛。"),
            row("GEOM_CROWN", "NOT_MEASURED", "ERROR", "尺寸调整后才能检查。"),
            row("GEOM_EYES", "NOT_MEASURED", "ERROR", "尺寸调整后才能检查。"),
            row("META_RECENT", "NOT_MEASURED", "WARNING", ""),
            row("FACE_FOUND", "PASSED", "ERROR", ""));

    @Test
    void hardFailuresWarningsAndWhatToNoteAreSeparateLines() {
        PlainVerdict v = PlainVerdict.of(ROWS, List.of(), Locale.SIMPLIFIED_CHINESE);
        assertThat(v.mustFix()).extracting(PlainVerdict.Line::plain).containsExactly("照片文件太大。", "背景颜色不符合要求。");
        assertThat(v.toCheck()).extracting(PlainVerdict.Line::plain).containsExactly("头发可能挡住了眉毛。");
        // the same words once; a rule with nothing to say to the candidate says nothing
        assertThat(v.makeSure()).extracting(PlainVerdict.Line::plain).containsExactly("尺寸调整后才能检查。");
        assertThat(v.errors()).isEqualTo(2);
        assertThat(v.warnings()).isEqualTo(1);
        assertThat(v.fixSolvesAll()).isFalse();
    }

    @Test
    void aFixPassingSomeRulesMarksThoseLinesOnly() {
        PlainVerdict v = PlainVerdict.of(ROWS, List.of(row("FILE_SIZE", "PASSED", "ERROR", ""),
                row("BG_COLOR", "FAILED", "ERROR", "背景颜色不符合要求。")), Locale.SIMPLIFIED_CHINESE);
        assertThat(v.mustFix()).extracting(PlainVerdict.Line::fixed).containsExactly(true, false);
        assertThat(v.fixSolvesAll()).isFalse();
        assertThat(PlainVerdict.of(ROWS, true, Locale.SIMPLIFIED_CHINESE).fixSolvesAll()).isTrue();
        assertThat(PlainVerdict.of(ROWS, false, Locale.SIMPLIFIED_CHINESE).mustFix()).noneMatch(PlainVerdict.Line::fixed);
    }

    @Test
    void speaksEnglishWhenAskedAndFallsBackToTheMessageOfAnOldReport() {
        PlainVerdict en = PlainVerdict.of(ROWS, List.of(), Locale.ENGLISH);
        assertThat(en.mustFix().get(0)).isEqualTo(new PlainVerdict.Line("name FILE_SIZE", "en 照片文件太大。", "todo FILE_SIZE", false));
        RuleRow old = new RuleRow("FILE_SIZE", "FAILED", "ERROR", "FILE_SIZE", "图片过大或过小", "50 KB", "20–40 KB",
                "文件大小为 50 KB", "File size is 50 KB", "请调整", "Adjust", "", "", "", "", "", "");
        assertThat(PlainVerdict.of(List.of(old), List.of(), Locale.SIMPLIFIED_CHINESE).mustFix())
                .containsExactly(new PlainVerdict.Line("图片过大或过小", "文件大小为 50 KB", "请调整", false));
    }

    @Test
    void aPassingPhotoHasNothingToPutRight() {
        PlainVerdict v = PlainVerdict.of(List.of(row("FACE_FOUND", "PASSED", "ERROR", "")), List.of(), Locale.SIMPLIFIED_CHINESE);
        assertThat(v.mustFix()).isEmpty();
        assertThat(v.toCheck()).isEmpty();
        assertThat(v.makeSure()).isEmpty();
    }
}
