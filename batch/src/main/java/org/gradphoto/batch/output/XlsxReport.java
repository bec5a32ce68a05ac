package org.gradphoto.batch.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gradphoto.batch.BatchRow;

/**
 * results.xlsx: the same table as results.csv, numbers as numbers, written by POI's streaming workbook (a window
 * of rows in memory, whatever the batch's size; POI's temporary files go inside the output folder).
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static void write(Path file, List<BatchRow> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet("结果 results");
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Row head = sheet.createRow(0);
            List<String> header = Columns.header();
            for (int i = 0; i < header.size(); i++) {
                var c = head.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(bold);
            }
            sheet.createFreezePane(3, 1);
            int n = 1;
            for (BatchRow r : rows) {
                Row row = sheet.createRow(n++);
                List<Object> cells = Columns.cells(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    if (v instanceof Double d) {
                        row.createCell(i).setCellValue(d);
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            sheet.trackColumnForAutoSizing(0);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
