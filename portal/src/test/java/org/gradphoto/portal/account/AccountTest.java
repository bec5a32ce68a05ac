package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Lockout after repeated wrong passwords, and who a reviewer may review. */
class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    static Institution institution(long id, String city) {
        Institution i = new Institution("I" + id, "单位" + id, "Inst " + id, city, city, "chsi-2017");
        ReflectionTestUtils.setField(i, "id", id);
        return i;
    }

    static Account candidate(Institution i, String number) {
        Account a = Account.candidate("张三", new PersonalId(IdType.RESIDENT_ID_CARD, number), new MobileNumber("13800138000"),
                i, "{noop}x", NOW);
        ReflectionTestUtils.setField(a, "id", (long) number.hashCode());
        return a;
    }

    @Test
    void aReviewerReviewsTheirInstitutionOrTheirWholeCity() {
        Institution wuhu1 = institution(1, "芜湖");
        Institution wuhu2 = institution(2, "芜湖");
        Institution hefei = institution(3, "合肥");
        Account c1 = candidate(wuhu1, "11010519491231002X");
        Account c2 = candidate(wuhu2, "440524198001010013");
        Account c3 = candidate(hefei, "321083197812162119");
        Account ofInstitution = Account.reviewer("rev", "审核员", "{noop}x", wuhu1, null, NOW);
        Account ofCity = Account.reviewer("city", "市审核员", "{noop}x", null, "芜湖", NOW);
        assertThat(ofInstitution.mayReview(c1)).isTrue();
        assertThat(ofInstitution.mayReview(c2)).isFalse();
        assertThat(ofCity.mayReview(c1)).isTrue();
        assertThat(ofCity.mayReview(c2)).isTrue();
        assertThat(ofCity.mayReview(c3)).isFalse();
        assertThat(c1.mayReview(c1)).isFalse();
    }

    @Test
    void aReviewerHasExactlyOneScopeAndStaffNamesNeverLookLikeIdNumbers() {
        assertThatThrownBy(() -> Account.reviewer("rev", "审核员", "{noop}x", null, null, NOW))
                .extracting(e -> ((InvalidFieldException) e).messageKey()).isEqualTo("reviewer.scope");
        assertThatThrownBy(() -> Account.reviewer("rev", "审核员", "{noop}x", institution(1, "芜湖"), "芜湖", NOW))
                .extracting(e -> ((InvalidFieldException) e).messageKey()).isEqualTo("reviewer.scope");
        assertThatThrownBy(() -> Account.staff("11010519491231002X", "x", Role.ADMIN, "{noop}x", NOW))
                .extracting(e -> ((InvalidFieldException) e).messageKey()).isEqualTo("username.format");
        assertThatThrownBy(() -> Account.staff("admin", "x", Role.CANDIDATE, "{noop}x", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
