package org.gradphoto.portal.graduation;

import java.time.Instant;
import java.util.Objects;

/**
 * An office decided on something of a candidate's graduation (seed 002): the application moved along the review
 * chain (or lapsed), a prior degree was verified or rejected, a ticket merge approved or refused. Published when it
 * is decided, so that the candidate is told; ids and words, not entities.
 *
 * @param subject  what was decided on
 * @param outcome  for an application the status it is now in (an {@link AppStatus} name); otherwise APPROVED or
 *                 REJECTED
 * @param title    how the candidate knows the thing (the major's name, the certificate's school), never null
 * @param reason   the office's words, null when none
 */
public record GraduationDecided(Long candidateId, Subject subject, Long subjectId, String outcome, String title,
        String reason, Instant at) {

    /** What a decision was on. */
    public enum Subject {
        APPLICATION, PRIOR_DEGREE, TICKET_MERGE
    }

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    public GraduationDecided {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
    }
}
