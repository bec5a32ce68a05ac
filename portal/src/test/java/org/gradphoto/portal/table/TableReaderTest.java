package org.gradphoto.portal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gradphoto.portal.RefusedException;
import org.junit.jupiter.api.Test;

/** Spreadsheets as the exam offices save them: .xlsx, .xls, CSV in UTF-8 or GBK; and files that are not. */
class TableReaderTest {

    static byte[] save(Workbook wb) throws Exception {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook as typed by hand: text, a number, an empty cell in the middle, a blank row. */
    static byte[] typed(Workbook wb) throws Exception {
        var sheet = wb.createSheet("专业");
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue("专业代码");
        h.createCell(1).setCellValue(" 专业名称 ");
        h.createCell(2).setCellValue("最低总学分");
        Row r = sheet.createRow(1);
        r.createCell(0).setCellValue("B020204");
        r.createCell(2).setCellValue(70);
        Row after = sheet.createRow(3);
        after.createCell(0).setCellValue("C020203");
        after.createCell(1).setCellValue("会计");
        after.createCell(2).setCellValue(72.0);
        return save(wb);
    }

    static void assertTyped(Table t) {
        assertThat(t.headers()).containsExactly("专业代码", "专业名称", "最低总学分");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).number()).isEqualTo(2);
        assertThat(t.rows().get(0).get(List.of("专业代码"))).isEqualTo("B020204");
        assertThat(t.rows().get(0).get(List.of("专业名称"))).isEmpty();
        assertThat(t.rows().get(0).get(List.of("最低总学分"))).isEqualTo("70");
        assertThat(t.rows().get(1).number()).as("Excel's row number, after the blank row").isEqualTo(4);
        assertThat(t.rows().get(1).get(List.of("专业名称"))).isEqualTo("会计");
    }

    @Test
    void readsAnXlsxFileCellByCellAsShown() throws Exception {
        assertTyped(TableReader.read(typed(new XSSFWorkbook()), "专业.xlsx"));
    }

    @Test
    void readsAnOldXlsFileAndAnXlsSavedUnderTheOtherName() throws Exception {
        byte[] xls = typed(new HSSFWorkbook());
        assertTyped(TableReader.read(xls, "专业.xls"));
        assertTyped(TableReader.read(xls, "专业.xlsx"));
    }

    @Test
    void readsCsvInUtf8WithOrWithoutBomAndInGbk() {
        String text = "专业代码,专业名称,最低总学分\nB020204,,70\n\nC020203,会计,72\n";
        assertThat(TableReader.read(text.getBytes(StandardCharsets.UTF_8), "m.csv").rows()).hasSize(2);
        Table bom = TableReader.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), "m.csv");
        assertThat(bom.headers().get(0)).isEqualTo("专业代码");
        Table gbk = TableReader.read(text.getBytes(Charset.forName("GBK")), "m.csv");
        assertThat(gbk.rows().get(1).get(List.of("专业名称"))).isEqualTo("会计");
        assertThat(gbk.rows().get(1).number()).isEqualTo(4);
    }

    @Test
    void refusesOneRowMoreThanTheLimitInEachFormat() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < TableReader.MAX_ROWS; i++) {
            rows.add(List.of("B" + (100000 + i), "会计"));
        }
        byte[] atLimit = ExcelExport.write("专业", List.of("专业代码", "专业名称"), rows);
        assertThat(TableReader.read(atLimit, "m.xlsx").rows()).hasSize(TableReader.MAX_ROWS);
        rows.add(List.of("B999999", "会计"));
        byte[] over = ExcelExport.write("专业", List.of("专业代码", "专业名称"), rows);
        assertRefused(over, "m.xlsx", "import.error.too_many_rows");

        StringBuilder csv = new StringBuilder("专业代码,专业名称\n");
        rows.forEach(r -> csv.append(r.get(0)).append(",会计\n"));
        assertRefused(csv.toString().getBytes(StandardCharsets.UTF_8), "m.csv", "import.error.too_many_rows");
    }

    @Test
    void refusesEmptyFilesFilesWithoutHeadersAndOtherKindsOfFile() throws Exception {
        assertRefused(new byte[0], "m.xlsx", "import.error.empty");
        assertRefused("\n\n".getBytes(StandardCharsets.UTF_8), "m.csv", "import.error.no_header");
        XSSFWorkbook blank = new XSSFWorkbook();
        blank.createSheet("空");
        assertRefused(save(blank), "m.xlsx", "import.error.no_header");
        assertRefused("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "m.pdf", "import.error.type");
        assertRefused("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1), "m.xlsx", "import.error.unreadable");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}, "m.xls", "import.error.unreadable");
    }

    @Test
    void aSheetThatExpandsToGigabytesIsRefusedWithoutExpandingIt() throws Exception {
        byte[] real = typed(new XSSFWorkbook());
        // the same workbook with its sheet replaced by 200 MB of one repeated byte (compresses about 1000:1)
        byte[] bomb = replaceEntry(real, "xl/worksheets/sheet1.xml", 200 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(bomb, "m.xlsx", "import.error.unreadable");
    }

    @Test
    void anExternalEntityInTheSheetIsNotFollowed() throws Exception {
        byte[] real = typed(new XSSFWorkbook());
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>专业代码</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        byte[] hostile = replaceEntry(real, "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
        try {
            Table t = TableReader.read(hostile, "m.xlsx");
            assertThat(t.rows()).allSatisfy(r -> assertThat(r.get(List.of("专业代码"))).doesNotContain("root:"));
        } catch (RefusedException e) {
            assertThat(e.messageKey()).isEqualTo("import.error.unreadable");
        }
    }

    static void assertRefused(byte[] bytes, String name, String key) {
        assertThatThrownBy(() -> TableReader.read(bytes, name)).isInstanceOf(RefusedException.class)
                .extracting("messageKey").isEqualTo(key);
    }

    static byte[] replaceEntry(byte[] zip, String entry, int repeatedBytes) throws Exception {
        return rezip(zip, entry, null, repeatedBytes);
    }

    static byte[] replaceEntry(byte[] zip, String entry, byte[] content) throws Exception {
        return rezip(zip, entry, content, 0);
    }

    private static byte[] rezip(byte[] zip, String entry, byte[] content, int repeatedBytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals(entry)) {
                    in.transferTo(z);
                } else if (content != null) {
                    z.write(content);
                } else {
                    byte[] block = new byte[1024 * 1024];
                    java.util.Arrays.fill(block, (byte) ' ');
                    for (int i = 0; i < repeatedBytes / block.length; i++) {
                        z.write(block);
                    }
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
