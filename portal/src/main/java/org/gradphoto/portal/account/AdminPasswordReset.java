package org.gradphoto.portal.account;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.notify.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's reset, for a person who forgot the password and gets no code (a lost phone): a temporary password,
 * shown once to the admin to hand over, replaced by the person at the next login. The person's number and address
 * are told, so that a reset nobody asked for is noticed.
 */
@Service
public class AdminPasswordReset {

    /** No 0/O, 1/l/I: read out over the phone without a mix-up. */
    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    static final int LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Outbox outbox;
    private final SecureRandom random = new SecureRandom();

    AdminPasswordReset(AccountRepository accounts, PasswordEncoder encoder, Outbox outbox) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.outbox = outbox;
    }

    /** Who was reset and the temporary password, for the admin's eyes only. */
    public record Temporary(String shownName, String password) {
    }

    @Transactional
    public Temporary reset(Long adminId, String username) {
        Account admin = accounts.require(adminId);
        if (admin.getRole() != Role.ADMIN) {
            throw new org.gradphoto.portal.NotFoundException();
        }
        Account a = find(username).orElseThrow(() -> new RefusedException("admin.reset.error.none"));
        if (a.getId().equals(admin.getId())) {
            throw new RefusedException("admin.reset.error.self");
        }
        String temporary = temporary(a);
        a.resetPasswordTo(encoder.encode(temporary));
        String text = "【学历照片平台】您的账号密码已由管理员重置，请使用管理员告知的临时密码登录并设置新密码。如非本人申请，请立即联系考试机构。";
        if (a.getMobile() != null) {
            outbox.sms(a.getMobile(), text);
        }
        if (a.getEmail() != null) {
            outbox.email(a.getEmail(), "学历照片平台：密码已重置", text + "\n\nYour password of the graduation photo portal was "
                    + "reset by the administrator; log in with the temporary password they gave you and set a new one.");
        }
        String shown = a.getRole() == Role.CANDIDATE ? a.getName() + "（" + a.getMaskedIdNumber() + "）" : a.getName() + "（" + a.getUsername() + "）";
        return new Temporary(shown, temporary);
    }

    private Optional<Account> find(String username) {
        if (username == null || username.isBlank() || username.strip().length() > 64) {
            return Optional.empty();
        }
        String u = username.strip();
        return accounts.findByUsername(u.toUpperCase(Locale.ROOT)).or(() -> accounts.findByUsername(u));
    }

    /** Letters and digits, at least two of each, so that it keeps the password policy. */
    String temporary(Account a) {
        while (true) {
            StringBuilder b = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                String from = i % 3 == 2 ? DIGITS : LETTERS;
                b.append(from.charAt(random.nextInt(from.length())));
            }
            String p = b.toString();
            if (PasswordPolicy.problems(p, a.getIdNumber(), a.getMobile()).isEmpty()) {
                return p;
            }
        }
    }
}
