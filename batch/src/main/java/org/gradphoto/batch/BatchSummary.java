package org.gradphoto.batch;

import java.util.List;
import java.util.Map;

/**
 * A batch's outcome: its rows (read from disk as they are reached), counts, and what was written.
 *
 * @param skipped photos an earlier run had done
 * @param exported files in export/
 */
public record BatchSummary(StoredRows stored, int skipped, int exported, double seconds) {

    /** Every row, sorted by source; each is read from disk when reached, so iterate rather than collect. */
    public List<BatchRow> rows() {
        return stored.bySource();
    }

    public Map<PhotoStatus, Integer> byStatus() {
        return stored.byStatus();
    }

    /** Photos failing at least one ERROR rule of each official category (originals, before any fix). */
    public Map<String, Integer> byCategory() {
        return stored.byCategory();
    }

    public Map<NameProblem, Integer> byNameProblem() {
        return stored.byNameProblem();
    }
}
