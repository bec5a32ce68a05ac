package org.gradphoto.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"chsi-2017", "zikao-xinjiang", "zikao-anhui", "adult-online-2024"})
    void everyBuiltInProfileDefinesEveryRule(String id) {
        Profile p = Profiles.get(id);
        assertThat(p.ruleIds()).containsExactlyInAnyOrderElementsOf(RuleCatalogue.ids());
        assertThat(RuleCatalogue.forProfile(p)).hasSize(RuleCatalogue.ids().size());
    }

    @Test
    void theNationalProfileHasTheSeedsNumbers() {
        Profile p = Profiles.defaultProfile();
        assertThat(p.id()).isEqualTo("chsi-2017");
        assertThat(p.params("FILE_DIMENSIONS").integer("width")).isEqualTo(480);
        assertThat(p.params("FILE_DIMENSIONS").integer("height")).isEqualTo(640);
        assertThat(p.params("FILE_DPI").number("dpi")).isEqualTo(300);
        assertThat(p.params("FILE_QUALITY").number("min")).isEqualTo(60);
        assertThat(p.params("FILE_SIZE").number("minKb")).isEqualTo(20);
        assertThat(p.params("FILE_SIZE").number("maxKb")).isEqualTo(40);
        assertThat(p.params("GEOM_CROWN").number("min")).isEqualTo(50);
        assertThat(p.params("GEOM_CROWN").number("max")).isEqualTo(110);
        assertThat(p.params("GEOM_EYES").number("min")).isEqualTo(200);
        assertThat(p.params("GEOM_EYES").number("max")).isEqualTo(300);
        assertThat(p.params("GEOM_FACE_WIDTH").number("min")).isEqualTo(180);
        assertThat(p.params("GEOM_FACE_WIDTH").number("max")).isEqualTo(300);
        assertThat(p.backgrounds()).extracting(BackgroundColour::id).containsExactly("blue", "white");
        assertThat(p.background("blue").orElseThrow()).isEqualTo(new BackgroundColour("blue", "浅蓝色", "light blue", 100, 197, 255));
        assertThat(p.params("META_RECENT").integer("months")).isEqualTo(12);
        assertThat(p.print()).isEqualTo(new PrintSize(35, 49));
    }

    @Test
    void theVariantsDifferWhereTheirSeedsSay() {
        Profile xj = Profiles.get("zikao-xinjiang");
        assertThat(xj.backgrounds()).extracting(BackgroundColour::id).containsExactly("white");
        assertThat(xj.params("META_RECENT").integer("months")).isEqualTo(6);
        Profile ah = Profiles.get("zikao-anhui");
        assertThat(ah.hint(Category.FILE_SIZE).orElseThrow().fixZh()).contains("调整图像大小");
        assertThat(ah.hint(Category.KEYPOINTS).orElseThrow().causeZh()).contains("丸子头");
        Profile adult = Profiles.get("adult-online-2024");
        assertThat(adult.anyPlainBackground()).isTrue();
        assertThat(adult.params("FILE_FORMAT").texts("extensions")).containsExactly("jpg", "jpeg");
        assertThat(adult.params("GEOM_SHOULDERS").flag("inFrame", false)).isTrue();
        assertThat(adult.severity("GEOM_SHOULDERS")).isEqualTo(Severity.ERROR);
        // what a variant does not say it takes from the national profile
        assertThat(adult.params("GEOM_CROWN").number("min")).isEqualTo(50);
    }

    @Test
    void aSchoolAddsItsOwnProfileWithoutCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-school.yaml");
        Files.writeString(file, """
                id: my-school
                extends: zikao-anhui
                name: {zh: 某校, en: Some school}
                backgrounds:
                  colours:
                    - {id: grey, zh: 浅灰色, en: light grey, rgb: [220, 220, 220]}
                rules:
                  FILE_SIZE: {minKb: 30, maxKb: 60}
                  IMG_LIGHTING: {severity: ERROR}
                """);
        Profile p = Profiles.get(file.toString());
        assertThat(p.id()).isEqualTo("my-school");
        assertThat(p.nameZh()).isEqualTo("某校");
        assertThat(p.params("FILE_SIZE").number("maxKb")).isEqualTo(60);
        assertThat(p.severity("IMG_LIGHTING")).isEqualTo(Severity.ERROR);
        assertThat(p.params("IMG_LIGHTING").number("maxSideDifferenceL")).isEqualTo(12);
        assertThat(p.backgrounds()).extracting(BackgroundColour::id).containsExactly("grey");
        assertThat(p.hint(Category.EYES)).isPresent();
    }

    @Test
    void aProfileMayExtendAnotherFileBesideIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), "id: base\nextends: chsi-2017\nrules:\n  FILE_SIZE: {maxKb: 50}\n");
        Files.writeString(dir.resolve("child.yaml"), "id: child\nextends: base\nrules:\n  FILE_SIZE: {minKb: 25}\n");
        Profile p = Profiles.get(dir.resolve("child.yaml").toString());
        assertThat(p.params("FILE_SIZE").number("minKb")).isEqualTo(25);
        assertThat(p.params("FILE_SIZE").number("maxKb")).isEqualTo(50);
    }

    @Test
    void aProfileMayPrintAtItsOwnSizeAndRefusesASizeNoPrinterCuts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.yaml"), "id: big\nextends: chsi-2017\nprint: {widthMm: 35, heightMm: 53}\n");
        assertThat(Profiles.get(dir.resolve("big.yaml").toString()).print()).isEqualTo(new PrintSize(35, 53));
        assertThat(Profiles.get("zikao-xinjiang").print()).isEqualTo(new PrintSize(35, 49));

        Files.writeString(dir.resolve("tiny.yaml"), "id: tiny\nextends: chsi-2017\nprint: {widthMm: 3, heightMm: 4}\n");
        assertThatThrownBy(() -> Profiles.get(dir.resolve("tiny.yaml").toString())).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("profile tiny: print: a print is 10-100 mm wide");
        Files.writeString(dir.resolve("text.yaml"), "id: text\nextends: chsi-2017\nprint: {widthMm: 二寸, heightMm: 49}\n");
        assertThatThrownBy(() -> Profiles.get(dir.resolve("text.yaml").toString())).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("print.widthMm and print.heightMm must be numbers");
    }

    @Test
    void refusesBrokenProfilesWithThePlaceOfTheProblem(@TempDir Path dir) throws Exception {
        Path missingLimit = dir.resolve("a.yaml");
        Files.writeString(missingLimit, "id: a\nextends: chsi-2017\nrules:\n  GEOM_CROWN: {min: null}\n");
        assertThatThrownBy(() -> RuleCatalogue.forProfile(Profiles.get(missingLimit.toString())))
                .isInstanceOf(InvalidProfileException.class).hasMessage("profile a: rules.GEOM_CROWN.min is missing");

        Path unknownRule = dir.resolve("b.yaml");
        Files.writeString(unknownRule, "id: b\nextends: chsi-2017\nrules:\n  NO_SUCH_RULE: {severity: ERROR}\n");
        assertThatThrownBy(() -> RuleCatalogue.forProfile(Profiles.get(unknownRule.toString())))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("unknown rule NO_SUCH_RULE");

        Path badSeverity = dir.resolve("c.yaml");
        Files.writeString(badSeverity, "id: c\nextends: chsi-2017\nrules:\n  FILE_DPI: {severity: FATAL}\n");
        assertThatThrownBy(() -> Profiles.get(badSeverity.toString())).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("ERROR or WARNING");

        Path loop = dir.resolve("d.yaml");
        Files.writeString(loop, "id: d\nextends: d\n");
        assertThatThrownBy(() -> Profiles.get(loop.toString())).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("extends itself");

        Path badColour = dir.resolve("e.yaml");
        Files.writeString(badColour, "id: e\nextends: chsi-2017\nbackgrounds:\n  colours:\n    - {id: x, rgb: [300, 0, 0]}\n");
        assertThatThrownBy(() -> Profiles.get(badColour.toString())).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("0 to 255");

        assertThatThrownBy(() -> Profiles.get("no-such-profile")).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("no such profile");
        assertThatThrownBy(() -> Profiles.get("../../etc/passwd")).isInstanceOf(InvalidProfileException.class);
    }
}
