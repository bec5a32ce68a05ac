package org.gradphoto.portal.table;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.gradphoto.portal.RefusedException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx file read as a stream of rows (POI's SAX event API), not as a workbook in memory:
 * a file of many rows is refused at row {@link TableReader#MAX_ROWS} + 1 having held only those before it.
 */
final class XlsxSheetReader {

    /** The rows so far; 1-based row numbers as Excel shows them. */
    record Rows(List<String> headers, List<List<String>> rows, List<Integer> numbers) {
    }

    private XlsxSheetReader() {
    }

    static Rows read(byte[] bytes) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RefusedException("import.error.no_header");
            }
            Collector collector = new Collector();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            }
            if (collector.headers == null) {
                throw new RefusedException("import.error.no_header");
            }
            return new Rows(collector.headers, collector.rows, collector.numbers);
        }
    }

    /** Collects cells row by row; the first row that has any cell is the header. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        List<String> headers;
        final List<List<String>> rows = new ArrayList<>();
        final List<Integer> numbers = new ArrayList<>();
        private List<String> current;
        private int rowNum;

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            current = new ArrayList<>();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? current.size() : new CellReference(ref).getCol();
            while (current.size() < col) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                if (!current.isEmpty()) {
                    headers = current.stream().map(String::strip).toList();
                }
                return;
            }
            if (rows.size() == TableReader.MAX_ROWS) {
                throw new RefusedException("import.error.too_many_rows");
            }
            rows.add(current);
            numbers.add(this.rowNum + 1);
        }
    }
}
