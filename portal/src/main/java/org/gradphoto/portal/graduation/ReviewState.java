package org.gradphoto.portal.graduation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.decision.OfficeDecision;

/**
 * Where an application stands in the review chain (seed 002 二、2-4), with the step it was returned from or held
 * at and why. Every move is a method that refuses what the current status does not allow; the application records
 * each move as a decision.
 */
@Embeddable
public class ReviewState {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppStatus status = AppStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_status")
    private AppStatus heldStatus;

    @Column(name = "hold_reason")
    private String holdReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "returned_from")
    private AppStatus returnedFrom;

    @Column(name = "return_reason")
    private String returnReason;

    void requireEditable() {
        if (!status.editable()) {
            throw new RefusedException("application.error.locked");
        }
    }

    /** Saved by the candidate: 已受理, and an earlier return is settled. Nothing to say: null. */
    String accept() {
        requireEditable();
        returnedFrom = null;
        returnReason = null;
        status = AppStatus.ACCEPTED;
        return null;
    }

    /** The step of the current status, taken by its role: to the next status. Nothing to say: null. */
    String advance(Account actor, Account candidate) {
        requireActor(actor, candidate);
        status = status.next();
        return null;
    }

    /** Back to the candidate; returns the reason as kept. */
    String returnToCandidate(Account actor, Account candidate, String reason) {
        requireActor(actor, candidate);
        if (!status.underReview()) {
            throw new RefusedException("application.error.not_returnable");
        }
        returnReason = OfficeDecision.requiredReason(reason);
        returnedFrom = status;
        status = AppStatus.RETURNED;
        return returnReason;
    }

    /** Held where it is for a registration anomaly; returns the reason as kept. */
    String hold(Account actor, Account candidate, String reason) {
        requireActor(actor, candidate);
        if (!status.underReview()) {
            throw new RefusedException("application.error.not_holdable");
        }
        holdReason = OfficeDecision.requiredReason(reason);
        heldStatus = status;
        status = AppStatus.HELD;
        return holdReason;
    }

    /** Back to the step where it was held, by that step's role; returns the note kept, if any. */
    String resolveHold(Account actor, Account candidate, String note) {
        if (status != AppStatus.HELD) {
            throw new RefusedException("application.error.not_held");
        }
        requireActorFor(heldStatus, actor, candidate);
        status = heldStatus;
        heldStatus = null;
        holdReason = null;
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** Lapsed (by the system); returns the reason's message key. */
    String lapse() {
        if (status == AppStatus.LAPSED || status.graduated()) {
            throw new RefusedException("application.error.not_lapsable");
        }
        status = AppStatus.LAPSED;
        return "prior.error.lapsed";
    }

    private void requireActor(Account actor, Account candidate) {
        if (status.actor() == null) {
            throw new RefusedException(status == AppStatus.COLLECTED || status == AppStatus.LAPSED
                    ? "app.error.already_decided" : "application.error.not_under_review");
        }
        requireActorFor(status, actor, candidate);
    }

    private static void requireActorFor(AppStatus s, Account actor, Account candidate) {
        if (!s.actor().mayAct(actor, candidate)) {
            throw new RefusedException("application.error.not_your_step");
        }
    }

    public AppStatus getStatus() {
        return status;
    }

    /** The step the application is at: where it was held while held, else its status. */
    public AppStatus getStep() {
        return status == AppStatus.HELD ? heldStatus : status;
    }

    public AppStatus getHeldStatus() {
        return heldStatus;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public AppStatus getReturnedFrom() {
        return returnedFrom;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
