package org.gradphoto.portal.photo;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer approved or rejected a candidate's photo: published once the decision is made, so that the candidate is
 * told (the message box). Ids, not entities, so that the event can wait in the registry until it is handled.
 *
 * @param reason the category rejected for, null when approved
 * @param note   the reviewer's words, null when none
 */
public record PhotoDecided(Long candidateId, Long photoId, boolean approved, RejectReason reason, String note, Instant at) {

    public PhotoDecided {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(at, "at");
        if (approved == (reason != null)) {
            throw new IllegalArgumentException("a rejection has a reason and an approval none");
        }
    }
}
