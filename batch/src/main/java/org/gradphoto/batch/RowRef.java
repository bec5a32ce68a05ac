package org.gradphoto.batch;

import java.util.List;

/**
 * What a batch keeps in memory of one finished photo (a few hundred bytes): enough to count, sort and tidy; the
 * full {@link BatchRow} waits on disk under {@code storeName}.
 */
record RowRef(String source, String storeName, PhotoStatus status, int errorCount, String exportName,
        List<String> categories, NameProblem nameProblem) {

    static RowRef of(BatchRow row, String storeName) {
        return new RowRef(row.source(), storeName, row.status(), row.errorCount(), row.exportName(), row.categories(),
                row.nameProblem());
    }
}
