package org.gradphoto.portal.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gradphoto.portal.RefusedException;

/**
 * Reads the first sheet of an .xlsx file (streamed) or an .xls file, or a .csv file in UTF-8 (with or without BOM) or GBK (as Excel on
 * Chinese Windows saves it), into a {@link Table}. Cells are read as shown (an ID number stays text, a date as
 * typed). Refuses files with no header, over {@link #MAX_ROWS} rows, or that are neither.
 */
public final class TableReader {

    /** Larger imports are split into several files: the whole table is held in memory while it is checked. */
    public static final int MAX_ROWS = 20_000;

    private static final Charset GBK = Charset.forName("GBK");

    private TableReader() {
    }

    public static Table read(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes == null || bytes.length == 0) {
            throw new RefusedException("import.error.empty");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            // by content, not name: an .xls saved as .xlsx (or the reverse) is common
            return bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K' ? xlsx(bytes) : excel(bytes);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(text(bytes));
        }
        throw new RefusedException("import.error.type");
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GBK. */
    static String text(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GBK);
        }
    }

    private static Table csv(String text) {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get().parse(new StringReader(text))) {
            List<String> headers = null;
            List<List<String>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            // record by record, so that a file of a million rows is refused without holding them all
            // empty lines are kept as records so that record numbers are the file's line numbers
            for (CSVRecord r : p) {
                if (headers == null) {
                    if (r.stream().anyMatch(v -> !v.isBlank())) {
                        headers = r.toList().stream().map(String::strip).toList();
                    }
                    continue;
                }
                if (r.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new RefusedException("import.error.too_many_rows");
                }
                rows.add(r.toList());
                numbers.add((int) r.getRecordNumber());
            }
            if (headers == null) {
                throw new RefusedException("import.error.no_header");
            }
            return table(headers, rows, numbers);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new RefusedException("import.error.unreadable");
        }
    }

    private static Table xlsx(byte[] bytes) {
        try {
            XlsxSheetReader.Rows r = XlsxSheetReader.read(bytes);
            return table(r.headers(), r.rows(), r.numbers());
        } catch (RefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new RefusedException("import.error.unreadable");
        }
    }

    /** An .xls (BIFF) workbook: at most 65,536 rows by its format, read whole. */
    private static Table excel(byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter(Locale.ROOT);
            if (sheet.getPhysicalNumberOfRows() == 0 || sheet.getRow(sheet.getFirstRowNum()) == null) {
                throw new RefusedException("import.error.no_header");
            }
            if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_ROWS) {
                throw new RefusedException("import.error.too_many_rows");
            }
            var headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                headers.add(cell == null ? "" : f.formatCellValue(cell).strip());
            }
            List<List<String>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(cell == null ? "" : f.formatCellValue(cell));
                }
                rows.add(cells);
                numbers.add(r + 1);
            }
            return table(headers, rows, numbers);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException r) {
                throw r;
            }
            throw new RefusedException("import.error.unreadable");
        }
    }

    private static Table table(List<String> headers, List<List<String>> rows, List<Integer> numbers) {
        if (headers.stream().allMatch(String::isBlank)) {
            throw new RefusedException("import.error.no_header");
        }
        if (rows.size() > MAX_ROWS) {
            throw new RefusedException("import.error.too_many_rows");
        }
        List<Table.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> r = rows.get(i);
            for (int c = 0; c < headers.size(); c++) {
                cells.put(headers.get(c), c < r.size() ? r.get(c) : "");
            }
            Table.Row row = new Table.Row(numbers.get(i), cells);
            if (!row.blank()) {
                out.add(row);
            }
        }
        return new Table(headers, out);
    }
}
