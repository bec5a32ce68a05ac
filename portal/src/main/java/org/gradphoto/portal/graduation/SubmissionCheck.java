package org.gradphoto.portal.graduation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.graduation.exemption.Level;

/**
 * Everything that stops a candidate saving an application (seed 002), all at once, so that the page lists every
 * blocker before the candidate tries: the round's deadline, the approved photo, a major already graduated in, the
 * plan's courses and credits, contact details, the internship, the prior degree of a 本科 application.
 *
 * @param photoApproved    the candidate's photo is approved
 * @param alreadyGraduated the candidate graduated in this major before
 * @param priorProblem     what the prior degree does not allow (a message key), empty when it allows it
 */
public record SubmissionCheck(boolean photoApproved, boolean alreadyGraduated, Optional<String> priorProblem) {

    /** What a course, credit, contact or internship problem is refused with when saving. */
    static final String INCOMPLETE = "application.error.incomplete";

    /** Every blocker, in the order saving is refused for them; empty when the application can be saved. */
    public List<Problem> blockers(GraduationApplication a, Instant now) {
        List<Problem> b = new ArrayList<>();
        if (!a.getRound().acceptsApplications(now)) {
            b.add(Problem.of("application.error.deadline"));
        }
        if (!photoApproved) {
            b.add(Problem.of("application.error.photo"));
        }
        if (alreadyGraduated) {
            b.add(Problem.of("application.error.graduated"));
        }
        b.addAll(a.problems());
        if (a.getMajor().getLevel() == Level.BENKE) {
            priorProblem.ifPresent(key -> b.add(Problem.of(key)));
        }
        return b;
    }

    /** The message saving is refused with: the first blocker's, where the plan's problems say "incomplete". */
    static String refusal(Problem first) {
        return first.key().startsWith("application.problem.") ? INCOMPLETE : first.key();
    }
}
