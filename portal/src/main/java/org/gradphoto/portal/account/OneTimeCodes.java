package org.gradphoto.portal.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one rule of every one-time code (忘记密码, 修改手机号): six digits, kept as a hash, valid for a quarter of an
 * hour, at most three an hour per account and purpose; only the latest open one may be tried.
 */
@Component
class OneTimeCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(15);
    static final Duration RATE_WINDOW = Duration.ofHours(1);
    static final int CODES_PER_WINDOW = 3;

    private final OneTimeCodeRepository codes;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(OneTimeCodeRepository codes, PasswordEncoder encoder, Clock clock) {
        this.codes = codes;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new code for the account (its hash kept), or empty when three were issued within the hour. */
    Optional<String> issue(Long accountId, OneTimeCode.Purpose purpose, String target) {
        Instant now = clock.instant();
        if (codes.countByAccountIdAndPurposeAndCreatedAtAfter(accountId, purpose, now.minus(RATE_WINDOW)) >= CODES_PER_WINDOW) {
            return Optional.empty();
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        codes.save(new OneTimeCode(accountId, purpose, target, encoder.encode(code), now, now.plus(VALID_FOR)));
        return Optional.of(code);
    }

    /** The latest code of the account for this purpose, while it may still be tried. */
    Optional<OneTimeCode> latestOpen(Long accountId, OneTimeCode.Purpose purpose) {
        Instant now = clock.instant();
        return codes.findFirstByAccountIdAndPurposeOrderByCreatedAtDescIdDesc(accountId, purpose).filter(c -> c.open(now));
    }

    /** Whether the code typed matches (a mismatch counts as a wrong try). */
    boolean matches(OneTimeCode c, String typed) {
        return c.matches(typed, encoder);
    }
}
