package org.gradphoto.portal.graduation.prior;

import java.time.LocalDate;
import java.util.Optional;
import org.gradphoto.portal.graduation.round.ExamRound;

/**
 * Whether a 本科 application's prior degree allows it (seed 002 附件2): the diploma dated no later than 30 June for
 * the spring round and 30 December for the autumn round (inclusive), not rejected. Exceptions: applying for a 专科
 * and a 本科 major in the same round needs no prior degree; in the spring round a fresh graduate applies with the
 * school's certificate (graduating by 30 June) and must have it verified by 1 July, or the application lapses.
 */
public final class PriorDegreeRule {

    private PriorDegreeRule() {
    }

    /** The message key of the problem, or empty when the prior degree allows applying now. */
    public static Optional<String> problem(PriorDegree degree, ExamRound round, boolean combinedWithZhuanke, LocalDate today) {
        if (combinedWithZhuanke) {
            return Optional.empty();
        }
        if (degree == null) {
            return Optional.of("prior.error.missing");
        }
        if (degree.getStatus() == PriorDegree.Status.REJECTED) {
            return Optional.of("prior.error.rejected");
        }
        if (degree.getGraduatedOn().isAfter(round.priorDegreeLimit())) {
            return Optional.of("prior.error.too_late");
        }
        if (degree.getKind() == PriorDegree.Kind.FRESH_GRADUATE) {
            LocalDate by = round.freshGraduateVerificationDay();
            if (by == null) {
                return Optional.of("prior.error.fresh_spring_only");
            }
            if (degree.getStatus() != PriorDegree.Status.VERIFIED && today.isAfter(by)) {
                return Optional.of("prior.error.lapsed");
            }
        }
        return Optional.empty();
    }

    /** A fresh graduate's application lapses once the day has passed without the diploma verified. */
    public static boolean lapsed(PriorDegree degree, ExamRound round, LocalDate today) {
        if (degree == null || degree.getKind() != PriorDegree.Kind.FRESH_GRADUATE
                || degree.getStatus() == PriorDegree.Status.VERIFIED) {
            return false;
        }
        LocalDate by = round.freshGraduateVerificationDay();
        return by != null && today.isAfter(by);
    }
}
