package org.gradphoto.portal.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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

    private static final OneTimeCode.Purpose PURPOSE = OneTimeCode.Purpose.MOBILE_CHANGE;

    private final AccountRepository accounts;
    private final OneTimeCodes codes;
    private final PasswordEncoder encoder;
    private final Outbox outbox;
    private final Clock clock;

    MobileChange(AccountRepository accounts, OneTimeCodes codes, PasswordEncoder encoder, Outbox outbox, Clock clock) {
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
        Optional<String> code = codes.issue(a.getId(), PURPOSE, number.value());
        if (code.isEmpty()) {
            return List.of("mobile.error.too_many");
        }
        outbox.sms(number.value(), "【学历照片平台】您正在修改账号绑定的手机号，验证码 " + code.get() + "，" + OneTimeCodes.VALID_FOR.toMinutes()
                + " 分钟内有效。如非本人操作，请忽略。");
        return List.of();
    }

    /** The number the latest open code was sent to (masked), for the page that asks for the code; null when none. */
    @Transactional(readOnly = true)
    public String pendingNumber(Long accountId) {
        return codes.latestOpen(accountId, PURPOSE).map(c -> new MobileNumber(c.getTarget()).masked()).orElse(null);
    }

    /** Changes the number to the one the latest code went to; the problem instead when the code is wrong or spent. */
    @Transactional
    public List<String> confirm(Long accountId, String code) {
        Account a = accounts.require(accountId);
        OneTimeCode c = codes.latestOpen(a.getId(), PURPOSE).orElse(null);
        if (c == null || !codes.matches(c, code)) {
            return List.of("reset.error.code");
        }
        c.use(clock.instant());
        String old = a.getMobile();
        MobileNumber number = new MobileNumber(c.getTarget());
        a.changeMobile(number);
        if (old != null) {
            outbox.sms(old, "【学历照片平台】您账号绑定的手机号已改为 " + number.masked() + "。如非本人操作，请立即联系考试机构。");
        }
        return List.of();
    }
}
