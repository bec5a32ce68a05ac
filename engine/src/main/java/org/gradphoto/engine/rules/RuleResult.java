package org.gradphoto.engine.rules;

import java.util.Map;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Severity;

/**
 * One rule's verdict on one photo.
 *
 * @param measured the main measured number (null when not a number or not measured)
 * @param unit unit of {@code measured}: px, dpi, KB, deg, %, ratio, ... ("" when none)
 * @param measuredText the measurement as a person reads it
 * @param limit the limit as a person reads it, e.g. "50–110 px"
 * @param values further named measurements (e.g. yaw and pitch), for programs
 * @param words what the result says to a candidate, in plain words
 */
public record RuleResult(
        String id,
        Severity severity,
        Category category,
        Status status,
        Double measured,
        String unit,
        String measuredText,
        String limit,
        Map<String, Double> values,
        String messageZh,
        String messageEn,
        String fixZh,
        String fixEn,
        PlainWords words) {

    public RuleResult {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** A failed ERROR rule: the photo would be rejected. */
    public boolean rejects() {
        return failed() && severity == Severity.ERROR;
    }
}
