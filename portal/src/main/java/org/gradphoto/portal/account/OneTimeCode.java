package org.gradphoto.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time code sent to a person: for 忘记密码 (to the account's number and address) or for 修改手机号 (to the new
 * number, which it proves). Its hash, what it is for and the number it confirms, until when it holds, whether it
 * was used, how often it was mistyped.
 */
@Entity
@Table(name = "one_time_code")
class OneTimeCode {

    /** Wrong tries after which the code is void (a six-digit code guessed in five tries: 1 in 200,000). */
    static final int MAX_FAILED_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    /** For a new mobile number: the number the code was sent to. */
    private String target;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    /** What a code is for. */
    enum Purpose {
        PASSWORD_RESET, MOBILE_CHANGE
    }

    protected OneTimeCode() {
    }

    OneTimeCode(Long accountId, Purpose purpose, String target, String codeHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.target = target;
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether it may still be tried: not used, not expired, not mistyped too often. */
    boolean open(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && failedAttempts < MAX_FAILED_ATTEMPTS;
    }

    /** The code as typed matches this one (six digits, checked against the hash); a mismatch counts as a wrong try. */
    boolean matches(String typed, org.springframework.security.crypto.password.PasswordEncoder encoder) {
        if (typed == null || !typed.strip().matches("\\d{6}") || !encoder.matches(typed.strip(), codeHash)) {
            failedAttempts++;
            return false;
        }
        return true;
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("a code is used once");
        }
        usedAt = now;
    }

    String getTarget() {
        return target;
    }

    String getCodeHash() {
        return codeHash;
    }

    Long getAccountId() {
        return accountId;
    }
}
