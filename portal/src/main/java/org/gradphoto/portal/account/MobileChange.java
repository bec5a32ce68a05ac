package org.gradphoto.portal.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gradphoto.portal.notify.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 修改手机号: with the current password, a six-digit code goes to the new number (proving it is the person's), valid
 * for a quarter of an hour, used once, void after five wrong tries, at most three an hour; once confirmed the old
 * number is told, so that a change nobody asked for is noticed.
 */
@Service
public class MobileChange {

    static final Duration VALID_FOR = Duration.ofMinutes(15);
    static final Duration RATE_WINDOW = Duration.ofHours(1);
    static final int CODES_PER_WINDOW = 3;
    private static final OneTimeCode.Purpose PURPOSE = OneTimeCode.Purpose.MOBILE_CHANGE;

    private final AccountRepository accounts;
    private final OneTimeCodeRepository codes;
    private final PasswordEncoder encoder;
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MobileChange(AccountRepository accounts, OneTimeCodeRepository codes, PasswordEncoder encoder, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.encoder = encoder;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sends a code to the new number; the problem (a message key) instead, and nothing sent. */
    @Transactional
    public List<String> requestCode(Long accountId, String current, String newMobile) {
        Account a = accounts.require(accountId);
        if (current == null || !encoder.matches(current, a.getPasswordHash())) {
            return List.of("password.current_wrong");
        }
        MobileNumber number;
        try {
            number = new MobileNumber(newMobile);
        } catch (InvalidFieldException e) {
            return List.of(e.messageKey());
        }
        if (number.value().equals(a.getMobile())) {
            return List.of("mobile.same");
        }
        Instant now = clock.instant();
        if (codes.countByAccountIdAndPurposeAndCreatedAtAfter(a.getId(), PURPOSE, now.minus(RATE_WINDOW)) >= CODES_PER_WINDOW) {
            return List.of("mobile.error.too_many");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        codes.save(new OneTimeCode(a.getId(), PURPOSE, number.value(), encoder.encode(code), now, now.plus(VALID_FOR)));
        outbox.sms(number.value(), "【学历照片平台】您正在修改账号绑定的手机号，验证码 " + code + "，" + VALID_FOR.toMinutes()
                + " 分钟内有效。如非本人操作，请忽略。");
        return List.of();
    }

    /** The number the latest open code was sent to (masked), for the page that asks for the code; null when none. */
    @Transactional(readOnly = true)
    public String pendingNumber(Long accountId) {
        return codes.findFirstByAccountIdAndPurposeOrderByCreatedAtDescIdDesc(accountId, PURPOSE)
                .filter(c -> c.open(clock.instant())).map(c -> new MobileNumber(c.getTarget()).masked()).orElse(null);
    }

    /** Changes the number to the one the latest code went to; the problem instead when the code is wrong or spent. */
    @Transactional
    public List<String> confirm(Long accountId, String code) {
        Account a = accounts.require(accountId);
        Instant now = clock.instant();
        OneTimeCode c = codes.findFirstByAccountIdAndPurposeOrderByCreatedAtDescIdDesc(a.getId(), PURPOSE)
                .filter(x -> x.open(now)).orElse(null);
        if (c == null || !c.matches(code, encoder)) {
            return List.of("reset.error.code");
        }
        c.use(now);
        String old = a.getMobile();
        MobileNumber number = new MobileNumber(c.getTarget());
        a.changeMobile(number);
        if (old != null) {
            outbox.sms(old, "【学历照片平台】您账号绑定的手机号已改为 " + number.masked() + "。如非本人操作，请立即联系考试机构。");
        }
        return List.of();
    }
}
