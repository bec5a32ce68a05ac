package org.gradphoto.portal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;

/**
 * Who decided, when, and why: the same for a photo's review, a prior degree's verification, a ticket merge and each
 * move of a graduation application. A reason is stripped, required where the decision needs one (a refusal, a
 * return, a hold), and never longer than its column ({@link #MAX_REASON}): an over-long reason is a refusal with one
 * message everywhere, never a database error. Immutable; an entity replaces it, it never changes.
 */
@Embeddable
public class OfficeDecision {

    /** The reason columns' length (varchar(500)). */
    public static final int MAX_REASON = 500;

    /** Who decided; null only for the system (an application lapsing on its day). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reason", length = MAX_REASON)
    private String reason;

    protected OfficeDecision() {
    }

    private OfficeDecision(Account decidedBy, Instant decidedAt, String reason) {
        this.decidedBy = decidedBy;
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
        this.reason = reason;
    }

    /** A decision that needs no reason (approved, verified, merged). */
    public static OfficeDecision without(Account by, Instant at) {
        return new OfficeDecision(by, at, null);
    }

    /** A decision that must say why (refused, returned, held); refused without a reason or with one too long. */
    public static OfficeDecision because(Account by, Instant at, String reason) {
        return new OfficeDecision(by, at, requiredReason(reason));
    }

    /** A decision whose reason may be left out (a photo rejected for a named category); too long is refused. */
    public static OfficeDecision perhapsBecause(Account by, Instant at, String reason) {
        return new OfficeDecision(by, at, optionalReason(reason));
    }

    /**
     * Only an office whose scope holds the candidate decides on their things; the pages never offer it to others,
     * so reaching here otherwise is a programming error, not a user's.
     */
    public static void requireScope(Account office, Account candidate) {
        if (!office.mayReview(candidate)) {
            throw new IllegalArgumentException("office outside its scope");
        }
    }

    /** The reason stripped; refused when empty or longer than {@link #MAX_REASON}. */
    public static String requiredReason(String reason) {
        String why = optionalReason(reason);
        if (why == null) {
            throw new RefusedException("decision.error.reason_required");
        }
        return why;
    }

    /** The reason stripped, null when blank; refused when longer than {@link #MAX_REASON}. */
    public static String optionalReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new RefusedException("decision.error.reason_long");
        }
        return why.isEmpty() ? null : why;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
