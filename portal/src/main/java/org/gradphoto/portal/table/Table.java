package org.gradphoto.portal.table;

import java.util.List;
import java.util.Map;

/**
 * A file's table: its rows by header name (headers trimmed; each header may have Chinese and English spellings,
 * resolved by the reader's caller). Row numbers are the file's, counting the header as row 1.
 */
public record Table(List<String> headers, List<Row> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row: its number in the file and its cells by header. */
    public record Row(int number, Map<String, String> cells) {

        /** The first non-blank value among these header spellings, trimmed, or "" when none. */
        public String get(List<String> spellings) {
            for (String h : spellings) {
                String v = cells.get(h);
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
            return "";
        }

        public boolean blank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }
}
