package org.gradphoto.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code of 忘记密码: its hash, until when it holds, whether it was used, how often it was mistyped. */
@Entity
@Table(name = "password_reset_code")
class PasswordResetCode {

    /** Wrong tries after which the code is void (a six-digit code guessed in five tries: 1 in 200,000). */
    static final int MAX_FAILED_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

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

    protected PasswordResetCode() {
    }

    PasswordResetCode(Long accountId, String codeHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether it may still be tried: not used, not expired, not mistyped too often. */
    boolean open(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && failedAttempts < MAX_FAILED_ATTEMPTS;
    }

    void mistyped() {
        failedAttempts++;
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("a code is used once");
        }
        usedAt = now;
    }

    String getCodeHash() {
        return codeHash;
    }

    Long getAccountId() {
        return accountId;
    }
}
