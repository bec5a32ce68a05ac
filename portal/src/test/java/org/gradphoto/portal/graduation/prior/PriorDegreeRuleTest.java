package org.gradphoto.portal.graduation.prior;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.MobileNumber;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The prior-degree date rule at its edges (seed 002 附件2), and its two exceptions. */
class PriorDegreeRuleTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final ExamRound SPRING = new ExamRound(2026, ExamRound.Half.SPRING, at(2026, 3, 20), at(2026, 4, 10));
    static final ExamRound AUTUMN = new ExamRound(2026, ExamRound.Half.AUTUMN, at(2026, 9, 20), at(2026, 10, 10));

    static Instant at(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static Account candidate() {
        Institution i = new Institution("WUHU", "芜湖", "Wuhu", "芜湖", "Wuhu", "zikao-anhui");
        ReflectionTestUtils.setField(i, "id", 1L);
        return Account.candidate("张三", new PersonalId(IdType.RESIDENT_ID_CARD, "11010519491231002X"),
                new MobileNumber("13800138000"), i, "{noop}x", NOW);
    }

    static PriorDegree diploma(LocalDate on) {
        return new PriorDegree(candidate(), PriorDegree.Kind.DIPLOMA, "安徽大学", "103571201505001234", on,
                new StoredFile("k", "0".repeat(64), 1, "application/pdf", NOW), NOW);
    }

    static PriorDegree fresh(LocalDate on) {
        return new PriorDegree(candidate(), PriorDegree.Kind.FRESH_GRADUATE, "安徽大学", "", on,
                new StoredFile("k", "0".repeat(64), 1, "application/pdf", NOW), NOW);
    }

    @Test
    void inTheSpringRoundADiplomaOfThirtiethJunePassesAndOfFirstJulyFails() {
        assertThat(PriorDegreeRule.problem(diploma(LocalDate.of(2026, 6, 30)), SPRING, false, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(PriorDegreeRule.problem(diploma(LocalDate.of(2026, 7, 1)), SPRING, false, LocalDate.of(2026, 3, 1)))
                .contains("prior.error.too_late");
        assertThat(PriorDegreeRule.problem(diploma(LocalDate.of(2015, 7, 1)), SPRING, false, LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void inTheAutumnRoundThirtiethDecemberPassesAndThirtyFirstFails() {
        assertThat(PriorDegreeRule.problem(diploma(LocalDate.of(2026, 12, 30)), AUTUMN, false, LocalDate.of(2026, 9, 1))).isEmpty();
        assertThat(PriorDegreeRule.problem(diploma(LocalDate.of(2026, 12, 31)), AUTUMN, false, LocalDate.of(2026, 9, 1)))
                .contains("prior.error.too_late");
    }

    @Test
    void withoutAPriorDegreeOrWithARejectedOneThereIsNoBenkeApplication() {
        assertThat(PriorDegreeRule.problem(null, SPRING, false, LocalDate.of(2026, 3, 1))).contains("prior.error.missing");
        PriorDegree d = diploma(LocalDate.of(2020, 6, 30));
        ReflectionTestUtils.setField(d, "status", PriorDegree.Status.REJECTED);
        assertThat(PriorDegreeRule.problem(d, SPRING, false, LocalDate.of(2026, 3, 1))).contains("prior.error.rejected");
    }

    @Test
    void applyingForZhuankeAndBenkeInTheSameRoundNeedsNoPriorDegree() {
        assertThat(PriorDegreeRule.problem(null, SPRING, true, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(PriorDegreeRule.problem(diploma(LocalDate.of(2026, 7, 1)), SPRING, true, LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void aFreshGraduateMayApplyInSpringAndMustBeVerifiedByFirstJuly() {
        PriorDegree d = fresh(LocalDate.of(2026, 6, 30));
        assertThat(PriorDegreeRule.problem(d, SPRING, false, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(PriorDegreeRule.lapsed(d, SPRING, LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(PriorDegreeRule.lapsed(d, SPRING, LocalDate.of(2026, 7, 2))).isTrue();
        assertThat(PriorDegreeRule.problem(d, SPRING, false, LocalDate.of(2026, 7, 2))).contains("prior.error.lapsed");
        ReflectionTestUtils.setField(d, "status", PriorDegree.Status.VERIFIED);
        assertThat(PriorDegreeRule.lapsed(d, SPRING, LocalDate.of(2026, 7, 2))).isFalse();
        // graduating after 30 June is too late even for a fresh graduate
        assertThat(PriorDegreeRule.problem(fresh(LocalDate.of(2026, 7, 1)), SPRING, false, LocalDate.of(2026, 3, 1)))
                .contains("prior.error.too_late");
    }

    @Test
    void theAutumnRoundHasNoFreshGraduateException() {
        assertThat(PriorDegreeRule.problem(fresh(LocalDate.of(2026, 12, 30)), AUTUMN, false, LocalDate.of(2026, 9, 1)))
                .contains("prior.error.fresh_spring_only");
    }

    @Test
    void aRoundsPhotoDeadlineFallsBeforeItsApplicationDeadline() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExamRound(2026, ExamRound.Half.SPRING, at(2026, 4, 10),
                at(2026, 4, 10))).isInstanceOf(IllegalArgumentException.class);
        assertThat(SPRING.getCode()).isEqualTo("2026-1");
        assertThat(AUTUMN.getCode()).isEqualTo("2026-2");
    }
}
