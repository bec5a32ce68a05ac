package org.gradphoto.portal.graduation.reference;

import java.util.List;
import org.gradphoto.portal.table.RowProblem;

/**
 * What an import did: rows read, rows imported (none at all when any row has a problem: nothing is half-imported),
 * and every problem with its row, column and reason in both languages.
 */
public record ImportReport(ImportKind kind, int rowsRead, int rowsImported, List<RowProblem> problems) implements java.io.Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
