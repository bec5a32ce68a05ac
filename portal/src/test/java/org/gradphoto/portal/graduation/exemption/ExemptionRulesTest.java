package org.gradphoto.portal.graduation.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 001 附件3, article by article, with real course codes: what each qualification exempts and what it does not. */
class ExemptionRulesTest {

    static final ExemptionRules XJ = ExemptionRules.load("xinjiang");
    static final ExemptionRules AH = ExemptionRules.load("anhui");

    static final Course ENGLISH_1 = new Course("00012", "英语（一）", 7, true);
    static final Course ENGLISH_2 = new Course("00015", "英语(二)", 14, true);
    static final Course ENGLISH_ZSB = new Course("13000", "英语（专升本）", 7, true);
    static final Course CHINESE = new Course("04729", "大学语文", 4, true);
    static final Course MATH_1 = new Course("00020", "高等数学（一）", 6, false);
    static final Course MATH_GB = new Course("00023", "高等数学（工本）", 10, false);
    static final Course PHYSICS = new Course("00420", "物理（工）", 5, false);
    static final Course COMPUTING = new Course("00018", "计算机应用基础", 2, false);
    static final Course COMPUTING_TECH = new Course("02316", "计算机应用技术", 2, false);
    static final Course MIS = new Course("00051", "管理系统中计算机应用", 3, false);
    static final Course C_LANG = new Course("00342", "高级语言程序设计（一）", 4, false);
    static final Course C_LANG_NEW = new Course("13013", "高级语言程序设计", 4, false);
    static final Course MICRO_IF = new Course("02319", "微型计算机及其接口技术", 4, false);
    static final Course MICRO_APP = new Course("02277", "微型计算机原理及应用", 4, false);
    static final Course MARXISM = new Course("03709", "马克思主义基本原理概论", 4, true);
    static final Course ACCOUNTING = new Course("00155", "中级财务会计", 6, false);

    static Qualification q(String code) {
        return Qualification.parse(code);
    }

    static List<String> ruleIds(ExemptionRules rules, String qualification, Course c, Level majorLevel) {
        return rules.exempting(q(qualification), c, majorLevel, "会计").stream().map(ExemptionRule::id).toList();
    }

    @Test
    void loadsEveryArticleFromTwoToElevenWithItsText() {
        assertThat(XJ.rules()).extracting(ExemptionRule::article).map(a -> a.replaceAll("（.*", ""))
                .containsAll(List.of("二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"));
        assertThat(XJ.rules()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
        assertThat(XJ.rule("XJ-07-3-PETS2").orElseThrow().text()).contains("PETS-2");
    }

    @Test
    void article2AZhuankeGraduateSkipsThePublicCoursesOfAZhuankeMajorOnly() {
        assertThat(ruleIds(XJ, "DEGREE:ZHUANKE:会计", MARXISM, Level.ZHUANKE)).containsExactly("XJ-02-ZK-PUBLIC");
        assertThat(ruleIds(XJ, "DEGREE:ZHUANKE:会计", MARXISM, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "DEGREE:BENKE:会计", MARXISM, Level.BENKE)).containsExactly("XJ-02-BK-PUBLIC");
        assertThat(ruleIds(XJ, "DEGREE:POSTGRADUATE:会计", MARXISM, Level.ZHUANKE)).contains("XJ-02-BK-PUBLIC");
        assertThat(ruleIds(XJ, "DEGREE:BENKE:会计", ACCOUNTING, Level.BENKE)).isEmpty();
    }

    @Test
    void article2ACourseOfTheSameNameStudiedBefore() {
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:中级财务会计", ACCOUNTING, Level.ZHUANKE)).containsExactly("XJ-02-ZK-SAME");
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:中级财务会计", ACCOUNTING, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "PRIOR_COURSE:BENKE:中级财务会计", ACCOUNTING, Level.BENKE)).containsExactly("XJ-02-BK-SAME");
        assertThat(ruleIds(XJ, "PRIOR_COURSE:BENKE:初级财务会计", ACCOUNTING, Level.BENKE)).isEmpty();
    }

    @Test
    void article3ADropoutSkipsOnlyThePublicCoursesItPassed() {
        assertThat(ruleIds(XJ, "PRIOR_COURSE:BENKE_DROPOUT:马克思主义基本原理概论", MARXISM, Level.BENKE)).containsExactly("XJ-03");
        assertThat(ruleIds(XJ, "PRIOR_COURSE:BENKE_DROPOUT:中级财务会计", ACCOUNTING, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "DEGREE:BENKE_DROPOUT:会计", MARXISM, Level.ZHUANKE)).isEmpty();
    }

    @Test
    void article4ASelfStudyCourseWithTheSameCodeAndCredits() {
        assertThat(ruleIds(XJ, "SELF_STUDY_COURSE:00012:7", ENGLISH_1, Level.ZHUANKE)).containsExactly("XJ-04");
        assertThat(ruleIds(XJ, "SELF_STUDY_COURSE:00012:6", ENGLISH_1, Level.ZHUANKE)).isEmpty();
        assertThat(ruleIds(XJ, "SELF_STUDY_COURSE:00015:7", ENGLISH_1, Level.ZHUANKE)).isEmpty();
    }

    @Test
    void article5HigherMathematics() {
        assertThat(ruleIds(XJ, "DEGREE:ZHUANKE:数学", MATH_GB, Level.BENKE)).containsExactly("XJ-05-MATH-MAJOR");
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:高等数学", MATH_1, Level.ZHUANKE)).containsExactly("XJ-05-ZK");
        // a zhuanke graduate's higher mathematics does not exempt a benke major's
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:高等数学", MATH_GB, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "PRIOR_COURSE:BENKE:高等数学", MATH_GB, Level.BENKE)).containsExactly("XJ-05-BK");
        assertThat(ruleIds(XJ, "DEGREE:BENKE:会计", MATH_GB, Level.BENKE)).isEmpty();
    }

    @Test
    void article6CollegeChinese() {
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:大学语文", CHINESE, Level.ZHUANKE)).contains("XJ-06-1");
        assertThat(ruleIds(XJ, "DEGREE:ZHUANKE:文秘", CHINESE, Level.BENKE)).containsExactly("XJ-06-2");
        assertThat(ruleIds(XJ, "DEGREE:BENKE:新闻", CHINESE, Level.ZHUANKE)).contains("XJ-06-2");
        // a zhuanke graduate in accounting: article 六 does not apply, nor does 二 to a benke major
        assertThat(ruleIds(XJ, "DEGREE:ZHUANKE:会计", CHINESE, Level.BENKE)).isEmpty();
        // a benke graduate skips it anyway when the plan lists it as a public basic course (article 二)
        assertThat(ruleIds(XJ, "DEGREE:BENKE:会计", CHINESE, Level.BENKE)).containsExactly("XJ-02-BK-PUBLIC");
    }

    @Test
    void article7EnglishByMajorByCourseAndByPets() {
        assertThat(ruleIds(XJ, "DEGREE:ZHUANKE:外语", ENGLISH_2, Level.BENKE)).containsExactly("XJ-07-1");
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:英语", ENGLISH_1, Level.ZHUANKE)).containsExactly("XJ-07-2-ZK");
        // a zhuanke graduate's English does not exempt English (2)
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:英语", ENGLISH_2, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:英语", ENGLISH_ZSB, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "PRIOR_COURSE:BENKE:日语", ENGLISH_2, Level.BENKE)).containsExactly("XJ-07-2-BK");
        assertThat(ruleIds(XJ, "PETS:2", ENGLISH_1, Level.ZHUANKE)).containsExactly("XJ-07-3-PETS2");
        assertThat(ruleIds(XJ, "PETS:2", ENGLISH_2, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "PETS:3", ENGLISH_2, Level.BENKE)).containsExactly("XJ-07-3-PETS3");
        assertThat(ruleIds(XJ, "PETS:3", ENGLISH_ZSB, Level.BENKE)).containsExactly("XJ-07-3-PETS3");
        assertThat(ruleIds(XJ, "PETS:1", ENGLISH_1, Level.ZHUANKE)).isEmpty();
    }

    @Test
    void article8PhysicsGraduates() {
        assertThat(ruleIds(XJ, "DEGREE:ZHUANKE:物理", PHYSICS, Level.BENKE)).containsExactly("XJ-08");
        assertThat(ruleIds(XJ, "DEGREE:BENKE:化学", PHYSICS, Level.BENKE)).isEmpty();
    }

    @Test
    void article9ComputingBasicsOnlyInNonComputerMajors() {
        // (a course of the same name studied before also falls under article 二)
        assertThat(XJ.exempting(q("PRIOR_COURSE:ZHUANKE:计算机应用基础"), COMPUTING, Level.ZHUANKE, "会计"))
                .extracting(ExemptionRule::id).containsExactly("XJ-02-ZK-SAME", "XJ-09-1");
        assertThat(XJ.exempting(q("PRIOR_COURSE:ZHUANKE:计算机应用基础"), COMPUTING, Level.ZHUANKE, "计算机"))
                .extracting(ExemptionRule::id).containsExactly("XJ-02-ZK-SAME");
        assertThat(XJ.exempting(q("DEGREE:ZHUANKE:计算机"), COMPUTING, Level.ZHUANKE, "会计"))
                .extracting(ExemptionRule::id).containsExactly("XJ-09-2");
        assertThat(XJ.exempting(q("DEGREE:ZHUANKE:计算机"), COMPUTING, Level.ZHUANKE, "计算机")).isEmpty();
    }

    @Test
    void article10ManagementInformationSystems() {
        assertThat(ruleIds(XJ, "PRIOR_COURSE:ZHUANKE:管理系统中计算机应用", MIS, Level.BENKE)).containsExactly("XJ-10");
        assertThat(ruleIds(XJ, "PRIOR_COURSE:BENKE_DROPOUT:管理系统中计算机应用", MIS, Level.BENKE)).isEmpty();
    }

    @Test
    void article11NcreLevelsWithTheExactCourseCodes() {
        assertThat(ruleIds(XJ, "NCRE:1", COMPUTING, Level.ZHUANKE)).containsExactly("XJ-11-1");
        assertThat(ruleIds(XJ, "NCRE:1", COMPUTING_TECH, Level.ZHUANKE)).containsExactly("XJ-11-1");
        assertThat(ruleIds(XJ, "NCRE:1", MIS, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "NCRE:2", MIS, Level.BENKE)).containsExactly("XJ-11-2");
        assertThat(ruleIds(XJ, "NCRE:2:C语言程序设计", C_LANG, Level.BENKE)).containsExactly("XJ-11-2-C");
        assertThat(ruleIds(XJ, "NCRE:2:C语言程序设计", C_LANG_NEW, Level.BENKE)).containsExactly("XJ-11-2-C");
        assertThat(ruleIds(XJ, "NCRE:2:Java语言程序设计", C_LANG, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "NCRE:3:PC技术", MICRO_IF, Level.BENKE)).containsExactly("XJ-11-3-PC");
        assertThat(ruleIds(XJ, "NCRE:3:PC技术", MICRO_APP, Level.BENKE)).containsExactly("XJ-11-3-PC");
        assertThat(ruleIds(XJ, "NCRE:2:PC技术", MICRO_APP, Level.BENKE)).isEmpty();
    }

    @Test
    void anhuiExemptsEnglishForUpgradersWithCet4Or6Only() {
        assertThat(ruleIds(AH, "CET:4", ENGLISH_ZSB, Level.BENKE)).containsExactly("AH-13000-CET");
        assertThat(ruleIds(AH, "CET:6", ENGLISH_ZSB, Level.BENKE)).containsExactly("AH-13000-CET");
        assertThat(ruleIds(AH, "CET:4", ENGLISH_2, Level.BENKE)).isEmpty();
        assertThat(ruleIds(AH, "PETS:3", ENGLISH_ZSB, Level.BENKE)).isEmpty();
        assertThat(ruleIds(XJ, "CET:6", ENGLISH_ZSB, Level.BENKE)).isEmpty();
    }

    @Test
    void suggestsForEachCourseEveryQualificationThatExemptsIt() {
        var s = XJ.suggest(List.of(q("PETS:3"), q("NCRE:2:C语言程序设计")), List.of(ENGLISH_1, ENGLISH_2, MIS, C_LANG, ACCOUNTING),
                Level.BENKE, "会计");
        assertThat(s).extracting(x -> x.course().code() + " " + x.rule().id()).containsExactlyInAnyOrder(
                "00012 XJ-07-3-PETS2", "00015 XJ-07-3-PETS3", "00051 XJ-11-2", "00342 XJ-11-2-C");
    }

    @Test
    void aRulesFileWithATypoOrAMissingArticleIsRefused() {
        String typo = "id: x\nnameZh: x\nsource: x\nrules:\n  - id: A\n    article: 一\n    text: t\n"
                + "    when: {kind: PETS, gradeAtleast: 2}\n    exempts: {courses: [\"00012\"]}\n";
        assertThatThrownBy(() -> ExemptionRules.parse(new ByteArrayInputStream(typo.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("gradeAtleast");
        String noArticle = "id: x\nnameZh: x\nsource: x\nrules:\n  - id: A\n    text: t\n"
                + "    when: {kind: PETS}\n    exempts: {courses: [\"00012\"]}\n";
        assertThatThrownBy(() -> ExemptionRules.parse(new ByteArrayInputStream(noArticle.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("article");
        assertThatThrownBy(() -> ExemptionRules.load("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qualificationsReadAndWriteTheirCodes() {
        for (String c : List.of("DEGREE:BENKE:外语", "PRIOR_COURSE:ZHUANKE:大学语文", "SELF_STUDY_COURSE:00012:7", "PETS:3",
                "CET:4", "NCRE:2:C语言程序设计", "NCRE:1")) {
            assertThat(q(c).code()).isEqualTo(c);
        }
        assertThat(q("CET:4").zh()).isEqualTo("大学英语四级");
        assertThatThrownBy(() -> q("CET:5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q("PETS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q("DIPLOMA:X")).isInstanceOf(IllegalArgumentException.class);
    }
}
