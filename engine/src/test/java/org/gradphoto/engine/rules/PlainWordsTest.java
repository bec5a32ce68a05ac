package org.gradphoto.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every failure a rule can report has words a candidate understands, and they hold no measurement nor rule id. */
class PlainWordsTest {

    /** Words of the measurements' texts that mean nothing to a candidate. */
    private static final Pattern ENGINEERING = Pattern.compile(
            "ΔE|σ|yaw|pitch|roll|p\\(open\\)|\\bpx\\b|(cells|objects|ratio|brows|ears|skin) ?[0-9]|EXIF|JFIF|DQT|gradphoto|\\{\\d}|[A-Z]+_[A-Z_]+");

    private static Set<String> failureKeys() {
        return Messages.keysZh().stream().filter(k -> k.matches("[A-Z_]+\\.fail(\\.[A-Za-z.]+)?") && !k.endsWith(".plain"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void everyFailureHasPlainWordsInBothLanguages() {
        assertThat(failureKeys()).hasSizeGreaterThan(60);
        List<String> missing = failureKeys().stream().filter(k -> !Messages.has(k + ".plain")).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleHasAShortNameInBothLanguages() {
        assertThat(RuleCatalogue.ids().stream().filter(id -> !Messages.has(id + ".name")).toList()).isEmpty();
    }

    @Test
    void thePlainWordsHoldNoMeasurementRuleIdNorTool() {
        for (String k : failureKeys()) {
            for (String text : List.of(Messages.zh(k + ".plain"), Messages.en(k + ".plain"))) {
                assertThat(ENGINEERING.matcher(text).find()).as(k + ": " + text).isFalse();
            }
        }
        for (String id : RuleCatalogue.ids()) {
            String todo = Messages.has(id + ".todo") ? id + ".todo" : id + ".fix";
            if (Messages.has(todo)) {
                assertThat(ENGINEERING.matcher(Messages.zh(todo)).find()).as(todo + " zh").isFalse();
                assertThat(ENGINEERING.matcher(Messages.en(todo)).find()).as(todo + " en").isFalse();
            }
        }
    }

    @Test
    void aFailureSpeaksAndAPassIsSilent() {
        PlainWords failed = PlainWords.of("GEOM_CROWN", Status.FAILED, "GEOM_CROWN.fail.high");
        assertThat(failed.plainZh()).isEqualTo("头部在照片中太靠下，头顶上方空得太多。");
        assertThat(failed.todoZh()).isEqualTo("剪裁照片或增补照片底色，使头顶距照片上边 50 至 110 像素。");
        assertThat(failed.nameZh()).isEqualTo("头顶位置");
        PlainWords passed = PlainWords.of("GEOM_CROWN", Status.PASSED, "GEOM_CROWN.ok");
        assertThat(passed.speaks()).isFalse();
        assertThat(passed.nameEn()).isEqualTo("Top of the head");
    }

    @Test
    void aToolInTheFixTextIsReplacedByWhatToDo() {
        PlainWords size = PlainWords.of("FILE_DIMENSIONS", Status.FAILED, "FILE_DIMENSIONS.fail");
        assertThat(Messages.zh("FILE_DIMENSIONS.fix")).contains("gradphoto fix");
        assertThat(size.todoZh()).isEqualTo("请将照片裁剪、缩放为宽 480 像素、高 640 像素。");
    }

    @Test
    void whatTheEngineDoesNotMeasureAsksTheCandidateToMakeSure() {
        PlainWords jewellery = PlainWords.of("ACC_JEWELLERY", Status.NOT_MEASURED, "notMeasured.jewellery");
        assertThat(jewellery.plainZh()).startsWith("请确认没有佩戴耳环、项链");
        PlainWords noDate = PlainWords.of("META_RECENT", Status.NOT_MEASURED, "notMeasured.noDate");
        assertThat(noDate.speaks()).isFalse();
    }
}
