package org.gradphoto.portal.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gradphoto.portal.graduation.Fixtures.NOW;

import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.exemption.Qualification;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application as a state machine: courses met, saved complete, each step by its role, returns and holds. */
class GraduationApplicationTest {

    static final ExemptionRules ANHUI = ExemptionRules.load("anhui");

    Institution wuhu;
    Account candidate;
    Account city;
    Account province;
    ExamRound round;
    Major major;
    ExamTicket ticket;
    List<CourseResult> results;
    GraduationApplication app;

    @BeforeEach
    void setUp() {
        wuhu = Fixtures.wuhu();
        candidate = Fixtures.candidate(wuhu);
        city = Fixtures.city(wuhu);
        province = Fixtures.province();
        round = Fixtures.spring(2026);
        major = Fixtures.accounting();
        ticket = Fixtures.ticket();
        results = Fixtures.results(ticket);
        app = new GraduationApplication(candidate, round, major, ticket, results, NOW);
    }

    /** English by CET-4 (免考), mathematics by 高等数学（一） (替代课程), contact details. */
    void complete() {
        app.declareQualifications(List.of(Qualification.parse("CET:4")));
        app.exempt("13000", Qualification.parse("CET:4"), ANHUI, Fixtures.file("cet"));
        app.substitute("00023", new Substitution(null, "00023", "00020", "高等数学（一）"), results);
        app.updateContact("13800138000", "芜湖市镜湖区", "zs@example.com", null, NOW);
    }

    @Test
    void aDraftListsThePlanWithThePassedCoursesAndSaysWhatIsMissing() {
        assertThat(app.getStatus()).isEqualTo(AppStatus.DRAFT);
        assertThat(app.getItems()).extracting(ApplicationItem::getCourseCode, ApplicationItem::getResolution).containsExactly(
                org.assertj.core.groups.Tuple.tuple("00023", Resolution.MISSING),
                org.assertj.core.groups.Tuple.tuple("00155", Resolution.PASSED),
                org.assertj.core.groups.Tuple.tuple("03709", Resolution.PASSED),
                org.assertj.core.groups.Tuple.tuple("13000", Resolution.MISSING));
        assertThat(app.problems()).extracting(Problem::key).containsExactly("application.problem.course",
                "application.problem.course", "application.problem.credits", "application.problem.contact");
        assertThat(app.problems().get(2).args()).containsExactly("10", "20");
    }

    @Test
    void anExemptionCitesTheRuleAndASubstitutionNeedsAPassedCourseOfTheTable() {
        app.declareQualifications(List.of(Qualification.parse("CET:4")));
        var rule = app.exempt("13000", Qualification.parse("CET:4"), ANHUI, Fixtures.file("cet"));
        assertThat(rule.id()).isEqualTo("AH-13000-CET");
        ApplicationItem english = app.getItems().stream().filter(i -> i.getCourseCode().equals("13000")).findFirst().orElseThrow();
        assertThat(english.getResolution()).isEqualTo(Resolution.EXEMPTED);
        assertThat(english.getRuleArticle()).isEqualTo("二、1.（3）");
        refuses(() -> app.substitute("00023", new Substitution(null, "00023", "00022", "高等数学（工专）"), results),
                "application.error.substitute_not_passed");
        refuses(() -> app.substitute("00023", new Substitution(null, "00155", "00020", "高等数学（一）"), results),
                "application.error.not_substitute");
        app.substitute("00023", new Substitution(null, "00023", "00020", "高等数学（一）"), results);
        assertThat(app.credits()).isEqualTo(27);
    }

    @Test
    void anExemptionNeedsADeclaredQualificationThatARuleAcceptsAndEvidence() {
        refuses(() -> app.exempt("13000", Qualification.parse("CET:4"), ANHUI, Fixtures.file("x")), "application.error.undeclared");
        app.declareQualifications(List.of(Qualification.parse("PETS:3"), Qualification.parse("CET:4")));
        refuses(() -> app.exempt("13000", Qualification.parse("PETS:3"), ANHUI, Fixtures.file("x")), "application.error.not_exempt");
        refuses(() -> app.exempt("13000", Qualification.parse("CET:4"), ANHUI, null), "application.error.evidence");
        refuses(() -> app.exempt("00155", Qualification.parse("CET:4"), ANHUI, Fixtures.file("x")), "application.error.already_passed");
        app.exempt("13000", Qualification.parse("CET:4"), ANHUI, Fixtures.file("x"));
        // withdrawing the qualification withdraws the exemption resting on it
        app.declareQualifications(List.of(Qualification.parse("PETS:3")));
        assertThat(app.getItems().stream().filter(i -> i.getCourseCode().equals("13000")).findFirst().orElseThrow().getResolution())
                .isEqualTo(Resolution.MISSING);
    }

    @Test
    void everyBlockerIsListedAtOnceBeforeSaving() {
        SubmissionCheck nothing = new SubmissionCheck(false, true, Optional.of("prior.error.missing"));
        assertThat(nothing.blockers(app, round.getApplicationDeadline())).extracting(Problem::key).containsExactly(
                "application.error.deadline", "application.error.photo", "application.error.graduated",
                "application.problem.course", "application.problem.course", "application.problem.credits", "application.problem.contact", "prior.error.missing");
        // saving is refused with the first, as the page lists them
        refuses(() -> app.submit(round.getApplicationDeadline(), nothing), "application.error.deadline");
        complete();
        assertThat(new SubmissionCheck(true, false, Optional.empty()).blockers(app, NOW)).isEmpty();
    }

    @Test
    void savingNeedsACompletePlanAnApprovedPhotoAndThePriorDegree() {
        refuses(() -> app.submit(NOW, new SubmissionCheck(true, false, Optional.empty())), "application.error.incomplete");
        complete();
        refuses(() -> app.submit(NOW, new SubmissionCheck(false, false, Optional.empty())), "application.error.photo");
        refuses(() -> app.submit(NOW, new SubmissionCheck(true, true, Optional.empty())), "application.error.graduated");
        refuses(() -> app.submit(NOW, new SubmissionCheck(true, false, Optional.of("prior.error.missing"))), "prior.error.missing");
        refuses(() -> app.submit(round.getApplicationDeadline(), new SubmissionCheck(true, false, Optional.empty())), "application.error.deadline");
        app.submit(NOW, new SubmissionCheck(true, false, Optional.empty()));
        assertThat(app.getStatus()).isEqualTo(AppStatus.ACCEPTED);
        // the major is locked; contact details are not
        refuses(() -> app.undo("13000"), "application.error.locked");
        app.updateContact("13900139000", "芜湖市弋江区", null, null, NOW);
        assertThat(app.getContact().getPhone()).isEqualTo("13900139000");
    }

    @Test
    void eachStepIsTakenByItsRoleToTheCertificate() {
        complete();
        app.submit(NOW, new SubmissionCheck(true, false, Optional.empty()));
        refuses(() -> app.advance(province, NOW), "application.error.not_your_step");
        app.advance(city, NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.CITY_APPROVED);
        refuses(() -> app.advance(city, NOW), "application.error.not_your_step");
        app.advance(province, NOW);
        app.advance(province, NOW);
        app.advance(province, NOW);
        app.advance(province, NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.REGISTERED);
        refuses(() -> app.returnToCandidate(city, "x", NOW), "application.error.not_returnable");
        app.advance(city, NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.CERTIFICATE_READY);
        app.advance(city, NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.COLLECTED);
        refuses(() -> app.advance(city, NOW), "app.error.already_decided");
        assertThat(app.getDecisions()).extracting(ApplicationDecision::getTo).containsExactly(AppStatus.ACCEPTED,
                AppStatus.CITY_APPROVED, AppStatus.JOINT_APPROVED, AppStatus.MOE_APPROVED, AppStatus.CHSI_VERIFIED,
                AppStatus.REGISTERED, AppStatus.CERTIFICATE_READY, AppStatus.COLLECTED);
    }

    @Test
    void aReturnedApplicationIsCorrectedAndStartsTheChainAgain() {
        complete();
        app.submit(NOW, new SubmissionCheck(true, false, Optional.empty()));
        app.advance(city, NOW);
        refuses(() -> app.returnToCandidate(province, " ", NOW), "decision.error.reason_required");
        app.returnToCandidate(province, "四级证书图片不清晰", NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.RETURNED);
        assertThat(app.getReview().getReturnedFrom()).isEqualTo(AppStatus.CITY_APPROVED);
        assertThat(app.getReview().getReturnReason()).isEqualTo("四级证书图片不清晰");
        refuses(() -> app.advance(city, NOW), "application.error.not_under_review");
        app.exempt("13000", Qualification.parse("CET:4"), ANHUI, Fixtures.file("clear"));
        app.submit(NOW, new SubmissionCheck(true, false, Optional.empty()));
        assertThat(app.getStatus()).isEqualTo(AppStatus.ACCEPTED);
        assertThat(app.getReview().getReturnReason()).isNull();
    }

    @Test
    void aRegistrationAnomalyHoldsTheApplicationUntilResolved() {
        complete();
        app.submit(NOW, new SubmissionCheck(true, false, Optional.empty()));
        app.advance(city, NOW);
        app.advance(province, NOW);
        app.advance(province, NOW);
        app.hold(province, "前置学历学信网核验异常", NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.HELD);
        refuses(() -> app.advance(province, NOW), "application.error.not_under_review");
        refuses(() -> app.resolveHold(city, null, NOW), "application.error.not_your_step");
        app.resolveHold(province, "已提交认证报告", NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.MOE_APPROVED);
        app.advance(province, NOW);
        assertThat(app.getStatus()).isEqualTo(AppStatus.CHSI_VERIFIED);
    }

    @Test
    void aReviewerOfAnotherCityTakesNoStep() {
        complete();
        app.submit(NOW, new SubmissionCheck(true, false, Optional.empty()));
        Institution hefei = Fixtures.withId(new Institution("HEFEI", "合肥", "Hefei", "合肥", "Hefei", "zikao-anhui"), 2L);
        Account other = Fixtures.withId(Account.reviewer("hefei", "合肥", "{noop}x", hefei, null, NOW), 21L);
        refuses(() -> app.advance(other, NOW), "application.error.not_your_step");
        refuses(() -> app.advance(candidate, NOW), "application.error.not_your_step");
    }

    @Test
    void aMergedTicketOrSomeoneElsesCannotBeAppliedWith() {
        ExamTicket other = new ExamTicket("340201100009", "440524198001010013", "李四");
        refuses(() -> new GraduationApplication(candidate, round, major, other, List.of(), NOW), "ticket.error.not_yours");
        ExamTicket merged = Fixtures.withId(new ExamTicket("340201100002", Fixtures.ID, "张三"), 301L);
        org.springframework.test.util.ReflectionTestUtils.setField(merged, "mergedInto", ticket);
        refuses(() -> new GraduationApplication(candidate, round, major, merged, List.of(), NOW), "ticket.error.merged");
        refuses(() -> new GraduationApplication(candidate, round, major, ticket, List.of(), round.getApplicationDeadline()),
                "application.error.deadline");
    }

    @Test
    void aNursingBenkeNeedsTheInternshipAppraisal() {
        Major nursing = Fixtures.withId(new org.gradphoto.portal.graduation.reference.Major("B100701", "护理学", org.gradphoto.portal.graduation.exemption.Level.BENKE,
                "护理", 0, true), 201L);
        nursing.plan("00155", "中级财务会计", 6, false);
        GraduationApplication n = new GraduationApplication(candidate, round, nursing, ticket, results, NOW);
        n.updateContact("13800138000", "芜湖", null, null, NOW);
        assertThat(n.problems()).extracting(Problem::key).containsExactly("application.problem.internship");
        n.attachInternship(Fixtures.file("appraisal"));
        assertThat(n.problems()).isEmpty();
    }

    @Test
    void contactDetailsAreChecked() {
        refuses(() -> app.updateContact("13800138000", "", null, null, NOW), "application.error.address");
        refuses(() -> app.updateContact("13800138000", "芜湖", "not-an-email", null, NOW), "application.error.email");
        assertThatThrownBy(() -> app.updateContact("123", "芜湖", null, null, NOW))
                .isInstanceOf(org.gradphoto.portal.account.InvalidFieldException.class);
    }

    @Test
    void aLaterPassReplacesAnExemptionInADraft() {
        app.declareQualifications(List.of(Qualification.parse("CET:4")));
        app.exempt("13000", Qualification.parse("CET:4"), ANHUI, Fixtures.file("cet"));
        var more = new java.util.ArrayList<>(results);
        more.add(new CourseResult(ticket, "13000", "英语（专升本）", 7, 61, true, "2026-04"));
        app.refreshResults(more);
        assertThat(app.getItems().stream().filter(i -> i.getCourseCode().equals("13000")).findFirst().orElseThrow()
                .getResolution()).isEqualTo(Resolution.PASSED);
    }

    static void refuses(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo(key);
    }
}
