package org.gradphoto.batch.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradphoto.batch.BatchRow;
import org.gradphoto.engine.rules.RuleCatalogue;

/** The columns of results.csv and results.xlsx: the same table in both. */
final class Columns {

    static final List<String> FIXED = List.of("source", "file", "id_number", "name_problem", "status", "status_zh",
            "detail", "failed_rules", "warnings", "categories", "export");

    private Columns() {
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(FIXED);
        h.addAll(RuleCatalogue.checkedOnEveryPhoto());
        return h;
    }

    /** One row's cells: text for the fixed columns, numbers (or null) for the rules. */
    static List<Object> cells(BatchRow r) {
        List<Object> c = new ArrayList<>();
        c.add(r.source());
        c.add(r.fileName());
        c.add(r.idNumber() == null ? "" : r.idNumber());
        c.add(r.nameProblem() == null ? "" : r.nameProblem().zh());
        c.add(r.status().name());
        c.add(r.status().zh());
        c.add(r.detailZh() == null ? "" : r.detailZh());
        c.add(String.join(" ", r.failedErrors()));
        c.add(String.join(" ", r.warnings()));
        c.add(String.join(" / ", r.categories()));
        c.add(r.exportName() == null ? "" : r.exportName());
        for (String id : RuleCatalogue.checkedOnEveryPhoto()) {
            c.add(r.measured().get(id));
        }
        return c;
    }

    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.3f", d)
                    .replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        return v.toString();
    }
}
