package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersOfLettersAndDigits() {
        assertThat(PasswordPolicy.problems("Photo2026", "11010519491231002X", "13800138000")).isEmpty();
        assertThat(PasswordPolicy.problems("a".repeat(63) + "1", null, null)).isEmpty();
    }

    @Test
    void refusesShortLongAndSingleKindPasswords() {
        assertThat(PasswordPolicy.problems("Ab12345", null, null)).containsExactly("password.short");
        assertThat(PasswordPolicy.problems(null, null, null)).containsExactly("password.short");
        assertThat(PasswordPolicy.problems("a".repeat(64) + "1", null, null)).containsExactly("password.long");
        assertThat(PasswordPolicy.problems("abcdefgh", null, null)).containsExactly("password.mix");
        assertThat(PasswordPolicy.problems("1234567890123", null, null)).containsExactly("password.mix");
    }

    @Test
    void refusesPasswordsEverybodyTriesFirst() {
        assertThat(PasswordPolicy.problems("Password1", null, null)).containsExactly("password.common");
        assertThat(PasswordPolicy.problems("woaini1314", null, null)).containsExactly("password.common");
    }

    @Test
    void refusesTheOwnIdNumberOrMobileOrTheirLastSixDigits() {
        assertThat(PasswordPolicy.problems("x11010519491231002X", "11010519491231002X", null)).containsExactly("password.personal");
        assertThat(PasswordPolicy.problems("abc31002x", "11010519491231002X", null)).containsExactly("password.personal");
        assertThat(PasswordPolicy.problems("pw138000", null, "13800138000")).containsExactly("password.personal");
    }
}
