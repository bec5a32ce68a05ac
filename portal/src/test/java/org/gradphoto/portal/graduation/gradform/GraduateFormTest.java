package org.gradphoto.portal.graduation.gradform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.gradphoto.portal.graduation.Problem;
import org.junit.jupiter.api.Test;

/** The registration form's rules (seed 002 三、2), each problem explained. */
class GraduateFormTest {

    static final YearMonth NOW = YearMonth.of(2026, 3);
    static final String SELF = "在校期间认真学习专业知识，遵守纪律，团结同学，积极参加社会实践，各方面表现良好。";

    static ResumeEntry.Line line(String from, String to, String place, String role) {
        return new ResumeEntry.Line(YearMonth.parse(from), to == null ? null : YearMonth.parse(to), place, role);
    }

    static List<String> keys(List<ResumeEntry.Line> lines, String self, String appraisal) {
        return GraduateForm.problems(lines, self, appraisal, NOW).stream().map(Problem::key).toList();
    }

    @Test
    void acceptsAContinuousResumeUpToThePresentWithTheEmployersAppraisal() {
        List<ResumeEntry.Line> lines = List.of(
                line("2012-09", "2015-08", "芜湖市第一中学", "学生"),
                line("2015-09", "2018-06", "安徽商贸职业技术学院", "学生"),
                line("2018-07", null, "芜湖市某会计师事务所", "会计"));
        assertThat(keys(lines, SELF, "该同志工作认真负责，品德良好。")).isEmpty();
    }

    @Test
    void theUnemployedNeedNoAppraisalAndNoRole() {
        List<ResumeEntry.Line> lines = List.of(line("2015-09", "2018-06", "安徽大学", "学生"), line("2018-07", null, "待业", ""));
        assertThat(keys(lines, SELF, "")).isEmpty();
        assertThat(keys(List.of(line("2018-07", null, "自由职业", "")), SELF, "")).isEmpty();
    }

    @Test
    void theEmployedNeedTheAppraisal() {
        assertThat(keys(List.of(line("2018-07", null, "芜湖市某公司", "职员")), SELF, "")).containsExactly("form.problem.appraisal");
    }

    @Test
    void theSummerBetweenSchoolAndWorkAndASeasonOfJobSearchAreNoGap() {
        assertThat(keys(List.of(line("2012-09", "2015-07", "芜湖市第一中学", "学生"), line("2015-09", null, "待业", "")), SELF, ""))
                .isEmpty();
        // three months is the longest pause; four is a gap
        assertThat(keys(List.of(line("2015-09", "2018-06", "安徽大学", "学生"), line("2018-09", null, "待业", "")), SELF, ""))
                .isEmpty();
    }

    @Test
    void thePersonalLinesAreTheStandardsChoicesAndARealMonthOfBirth() {
        YearMonth now = NOW;
        assertThat(new PersonalDetails("女", "1995-06", "维吾尔族", "中共党员").problems(now)).isEmpty();
        assertThat(new PersonalDetails(null, "1880-01", "火星族", "").problems(now)).extracting(Problem::key).containsExactly(
                "form.problem.sex", "form.problem.birth_month", "form.problem.ethnicity", "form.problem.political_status");
        assertThat(new PersonalDetails("男", now.plusMonths(1).toString(), "汉族", "群众").problems(now))
                .extracting(Problem::key).containsExactly("form.problem.birth_month");
        assertThat(new PersonalDetails("男", "1995/06", "汉族", "群众").problems(now)).extracting(Problem::key)
                .containsExactly("form.problem.birth_month");
        assertThat(new PersonalDetails("男", "1900-01", "汉族", "群众").problems(now)).isEmpty();
        assertThat(PersonalDetails.ETHNIC_GROUPS).hasSize(58).contains("汉族", "珞巴族", "基诺族");
    }

    @Test
    void explainsGapsOverlapsAndOrder() {
        List<ResumeEntry.Line> gap = List.of(line("2015-09", "2018-06", "安徽大学", "学生"), line("2018-10", null, "待业", ""));
        List<Problem> p = GraduateForm.problems(gap, SELF, "", NOW);
        assertThat(p).extracting(Problem::key).containsExactly("form.problem.gap");
        assertThat(p.get(0).args()).containsExactly("1", "2", "2018-06", "2018-10");
        List<ResumeEntry.Line> overlap = List.of(line("2015-09", "2018-06", "安徽大学", "学生"), line("2018-03", null, "待业", ""));
        assertThat(keys(overlap, SELF, "")).containsExactly("form.problem.overlap");
        assertThat(keys(List.of(line("2018-06", "2015-09", "安徽大学", "学生"), line("2015-10", null, "待业", "")), SELF, ""))
                .contains("form.problem.order_within");
    }

    @Test
    void atMostFiveLinesAndTheLastUpToThePresent() {
        List<ResumeEntry.Line> six = List.of(line("2000-09", "2003-06", "a", "学生"), line("2003-07", "2006-06", "b", "学生"),
                line("2006-07", "2009-06", "c", "学生"), line("2009-07", "2012-06", "d", "学生"), line("2012-07", "2015-06", "e", "学生"),
                line("2015-07", null, "待业", ""));
        assertThat(keys(six, SELF, "")).containsExactly("form.problem.too_many");
        assertThat(keys(List.of(line("2015-09", "2018-06", "安徽大学", "学生")), SELF, "")).containsExactly("form.problem.not_present");
        assertThat(keys(List.of(line("2015-09", null, "安徽大学", "学生"), line("2018-07", null, "待业", "")), SELF, "x"))
                .contains("form.problem.present_not_last");
        assertThat(keys(List.of(), SELF, "")).containsExactly("form.problem.no_lines");
        assertThat(keys(List.of(line("2026-09", null, "待业", "")), SELF, "")).containsExactly("form.problem.future");
    }

    @Test
    void theSelfEvaluationIsRequiredAndBounded() {
        List<ResumeEntry.Line> ok = List.of(line("2018-07", null, "待业", ""));
        assertThat(keys(ok, "  ", "")).containsExactly("form.problem.self_evaluation");
        assertThat(keys(ok, "x".repeat(2001), "")).containsExactly("form.problem.too_long");
        assertThat(keys(List.of(line("2018-07", null, "", "")), SELF, "")).containsExactly("form.problem.place", "form.problem.role");
    }
}
