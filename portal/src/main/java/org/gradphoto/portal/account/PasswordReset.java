package org.gradphoto.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.notify.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 忘记密码: a six-digit code to the account's mobile number (SMS) and e-mail address, valid for a quarter of an hour,
 * used once, void after five wrong tries, at most three an hour per account. Whether an account exists is never
 * told: every request is answered alike.
 */
@Service
public class PasswordReset {

    private static final OneTimeCode.Purpose PURPOSE = OneTimeCode.Purpose.PASSWORD_RESET;

    private final AccountRepository accounts;
    private final OneTimeCodes codes;
    private final PasswordEncoder encoder;
    private final Outbox outbox;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, OneTimeCodes codes, PasswordEncoder encoder, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.encoder = encoder;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sends a code to the account of this user name (the ID number for a candidate), if there is one and may. */
    @Transactional
    public void request(String username) {
        Optional<Account> found = account(username);
        if (found.isEmpty() || found.get().getRole() == Role.API) {
            return;
        }
        Account a = found.get();
        Optional<String> issued = codes.issue(a.getId(), PURPOSE, null);
        if (issued.isEmpty()) {
            return;
        }
        String code = issued.get();
        String text = "【学历照片平台】您正在找回密码，验证码 " + code + "，" + OneTimeCodes.VALID_FOR.toMinutes()
                + " 分钟内有效。如非本人操作，请忽略。";
        if (a.getMobile() != null) {
            outbox.sms(a.getMobile(), text);
        }
        if (a.getEmail() != null) {
            outbox.email(a.getEmail(), "学历照片平台：找回密码验证码", text + "\n\nYour code to reset the password of the "
                    + "graduation photo portal: " + code + " (valid for " + OneTimeCodes.VALID_FOR.toMinutes() + " minutes).");
        }
    }

    /**
     * Sets a new password with the latest code; the problems (message keys) instead when the code is wrong, expired
     * or used, or the new password breaks the policy. A right code with a bad password stays usable.
     */
    @Transactional
    public List<String> reset(String username, String code, String password, String confirm) {
        Account a = account(username).orElse(null);
        Instant now = clock.instant();
        OneTimeCode c = a == null ? null : codes.latestOpen(a.getId(), PURPOSE).orElse(null);
        if (c == null) {
            return List.of("reset.error.code");
        }
        if (!codes.matches(c, code)) {
            return List.of("reset.error.code");
        }
        List<String> problems = new ArrayList<>(PasswordPolicy.problems(password, a.getIdNumber(), a.getMobile()));
        if (password != null && !password.equals(confirm)) {
            problems.add("password.mismatch");
        }
        if (problems.isEmpty()) {
            c.use(now);
            a.changePassword(encoder.encode(password));
            a.unlock();
        }
        return problems;
    }

    /** The account of a user name as typed: a candidate's ID number in any case, a staff name as it is. */
    private Optional<Account> account(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        String u = username.strip();
        return accounts.findByUsername(u.toUpperCase(java.util.Locale.ROOT)).or(() -> accounts.findByUsername(u));
    }
}
