package org.gradphoto.portal.collection;

import java.time.Instant;
import java.util.Objects;

/**
 * A school decided on a student's record (勘误 of what the student reported, or a duplicate cancelled), published
 * for each account the record is the student's (same ID number and name), so that the student is told.
 *
 * @param outcome {@link #CORRECTED}, {@link #CANCELLED} or {@link #RECOLLECT}
 */
public record RecordDecided(Long studentId, Long recordId, String outcome, String schoolZh, String schoolEn, Instant at) {

    public static final String CORRECTED = "CORRECTED";
    public static final String CANCELLED = "CANCELLED";
    /** The school collects the photo again (the student reported it wrong): a new code is on its way. */
    public static final String RECOLLECT = "RECOLLECT";

    public RecordDecided {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(recordId, "recordId");
        if (!CORRECTED.equals(outcome) && !CANCELLED.equals(outcome) && !RECOLLECT.equals(outcome)) {
            throw new IllegalArgumentException("outcome: " + outcome);
        }
        Objects.requireNonNull(at, "at");
    }
}
