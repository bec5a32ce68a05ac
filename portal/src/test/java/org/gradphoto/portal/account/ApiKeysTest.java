package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ApiKeysTest {

    @Test
    void aKeyIsStoredSaltedAndCheckedByThePortalsEncoder() {
        String key = "gp-demo-7c41d9e2b8a64f05";
        String h1 = ApiKeys.hash(key);
        String h2 = ApiKeys.hash(key);
        assertThat(h1).startsWith("{SHA-256}").doesNotContain(key).isNotEqualTo(h2);
        PasswordEncoder portal = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(portal.matches(key, h1)).isTrue();
        assertThat(portal.matches(key + "x", h1)).isFalse();
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> ApiKeys.hash("short-key")).extracting(e -> ((InvalidFieldException) e).messageKey())
                .isEqualTo("apikey.short");
    }
}
