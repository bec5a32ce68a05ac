package org.gradphoto.portal.account;

import java.time.Instant;

/**
 * When a school's records may change: students proofread until the deadline; the school corrects until the lock
 * date (e.g. public lookup from 1 July), after which nothing changes. Either may be unset (open).
 */
public record ProofreadWindow(Instant deadline, Instant lockDate) {

    public ProofreadWindow {
        if (deadline != null && lockDate != null && lockDate.isBefore(deadline)) {
            throw new IllegalArgumentException("the lock date cannot come before the proofreading deadline");
        }
    }

    public boolean studentsMayProofread(Instant now) {
        return (deadline == null || now.isBefore(deadline)) && schoolMayChange(now);
    }

    public boolean schoolMayChange(Instant now) {
        return lockDate == null || now.isBefore(lockDate);
    }
}
