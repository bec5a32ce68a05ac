package org.gradphoto.batch.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradphoto.batch.BatchRow;

/**
 * results.csv: one row per file, RFC 4180 quoting, UTF-8 with a byte-order mark so that Excel on Chinese Windows
 * shows the Chinese columns correctly.
 */
final class CsvReport {

    private CsvReport() {
    }

    static void write(Path file, List<BatchRow> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            line(w, List.copyOf(Columns.header()));
            for (BatchRow r : rows) {
                line(w, Columns.cells(r));
            }
        }
    }

    private static void line(BufferedWriter w, List<?> cells) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(Columns.format(cells.get(i))));
        }
        w.write(b.append("\r\n").toString());
    }

    static String quote(String s) {
        // a cell starting with = + - @ would be a formula in a spreadsheet: keep it text
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
