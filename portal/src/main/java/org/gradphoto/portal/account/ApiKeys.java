package org.gradphoto.portal.account;

import org.springframework.security.crypto.password.MessageDigestPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Keys of API clients (other systems), stored as salted SHA-256 rather than BCrypt. BCrypt's slowness protects
 * passwords people choose; an API key is long and random, and BCrypt on every API call would cost about 80 ms of
 * CPU per request (measured by PortalLoadBench). The portal's delegating encoder checks both forms.
 */
public final class ApiKeys {

    /** Shorter keys are refused: a key must be too long to guess, since its hash is fast to test. */
    public static final int MIN_LENGTH = 20;

    @SuppressWarnings("deprecation")
    private static final PasswordEncoder SHA_256 = new MessageDigestPasswordEncoder("SHA-256");

    private ApiKeys() {
    }

    public static String hash(String key) {
        if (key == null || key.length() < MIN_LENGTH) {
            throw new InvalidFieldException("password", "apikey.short");
        }
        return "{SHA-256}" + SHA_256.encode(key);
    }
}
