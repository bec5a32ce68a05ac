package org.gradphoto.portal.collection;

import java.time.Instant;
import java.util.Objects;
import org.gradphoto.portal.Wording;

/**
 * Something a student or the online collection did on a school's data, for the school's audit trail: published
 * where it happens, written to the trail by the school's photo office ({@code school.SchoolAuditTrail}) once the
 * change has committed. Ids and wordings, not entities: the event is kept as text until its listener has run.
 *
 * @param ownerId the school whose data it is
 * @param actorId the student's account; null for the online collection (a student without an account)
 * @param detail  null when there is nothing to add
 */
public record SchoolActivity(Long ownerId, Long actorId, Instant at, SchoolAction action, Wording target, Wording detail) {

    public SchoolActivity {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }
}
