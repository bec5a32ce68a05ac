package org.gradphoto.batch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A batch's outcome: every row (sorted by source), counts, and what was written. */
public record BatchSummary(List<BatchRow> rows, int skipped, int exported, double seconds) {

    public Map<PhotoStatus, Integer> byStatus() {
        Map<PhotoStatus, Integer> m = new EnumMap<>(PhotoStatus.class);
        rows.forEach(r -> m.merge(r.status(), 1, Integer::sum));
        return m;
    }

    /** Photos failing at least one ERROR rule of each official category (originals, before any fix). */
    public Map<String, Integer> byCategory() {
        Map<String, Integer> m = new TreeMap<>();
        rows.forEach(r -> r.categories().forEach(c -> m.merge(c, 1, Integer::sum)));
        return m;
    }

    public Map<NameProblem, Integer> byNameProblem() {
        Map<NameProblem, Integer> m = new EnumMap<>(NameProblem.class);
        rows.stream().filter(r -> r.nameProblem() != null).forEach(r -> m.merge(r.nameProblem(), 1, Integer::sum));
        return m;
    }
}
