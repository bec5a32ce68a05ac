package org.gradphoto.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.engine.testing.Engines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of about three hundred files made from the shipped real photos (see {@link BatchFixture}), checked and
 * fixed on all cores: the CSV has exactly the expected counts, the export exactly the passing and fixed photos
 * under their ID numbers, nothing is written outside the output folder, and a re-run skips what is done.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchRunnerTest {

    @TempDir
    static Path sandbox;
    static BatchFixture fixture;
    static Path out;
    static BatchSummary summary;
    static Set<Path> inputFiles;

    @BeforeAll
    static void run() throws IOException {
        fixture = BatchFixture.build(sandbox.resolve("in"));
        inputFiles = tree(sandbox);
        out = sandbox.resolve("out");
        summary = runner().run(List.of(fixture.in), options(false), BatchListener.NONE);
    }

    static BatchRunner runner() {
        return new BatchRunner(Engines.engine());
    }

    static BatchOptions options(boolean force) {
        return new BatchOptions(Engines.chsi(), true, "blue", out, force, 2, ZipLimits.DEFAULT);
    }

    static Set<Path> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The CSV's rows as column name -> value (RFC 4180, BOM skipped). */
    static List<Map<String, String>> csv() throws IOException {
        String text = Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> lines = parseCsv(text.substring(1));
        List<String> head = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> l : lines.subList(1, lines.size())) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < head.size(); i++) {
                m.put(head.get(i), i < l.size() ? l.get(i) : "");
            }
            rows.add(m);
        }
        return rows;
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cur.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cur.add(cell.toString().replaceAll("\r$", ""));
                cell.setLength(0);
                lines.add(cur);
                cur = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return lines;
    }

    @Test
    @Order(1)
    void theCsvHasExactlyTheExpectedCounts() throws IOException {
        List<Map<String, String>> rows = csv();
        assertThat(rows).hasSize(fixture.total());
        assertThat(fixture.total()).isGreaterThan(250);
        Map<PhotoStatus, Integer> got = new EnumMap<>(PhotoStatus.class);
        rows.forEach(r -> got.merge(PhotoStatus.valueOf(r.get("status")), 1, Integer::sum));
        assertThat(got).isEqualTo(fixture.expected);
        Map<NameProblem, Integer> names = new EnumMap<>(NameProblem.class);
        for (Map<String, String> r : rows) {
            for (NameProblem p : NameProblem.values()) {
                if (p.zh().equals(r.get("name_problem"))) {
                    names.merge(p, 1, Integer::sum);
                }
            }
        }
        assertThat(names).isEqualTo(fixture.expectedNameProblems);
        assertThat(summary.byStatus()).isEqualTo(fixture.expected);
    }

    @Test
    @Order(2)
    void everyRowCarriesEachRulesMeasuredValue() throws IOException {
        Map<String, String> passed = csv().stream().filter(r -> r.get("status").equals("PASSED")).findFirst().orElseThrow();
        assertThat(passed.get("FILE_DPI")).isEqualTo("300");
        assertThat(Double.parseDouble(passed.get("GEOM_EYES"))).isBetween(200.0, 300.0);
        assertThat(passed.get("id_number")).matches("\\d{17}[\\dX]");
        Map<String, String> rejected = csv().stream().filter(r -> r.get("status").equals("REJECTED"))
                .filter(r -> r.get("source").contains("escape")).findFirst().orElseThrow();
        assertThat(rejected.get("detail")).contains("已拒绝");
    }

    @Test
    @Order(3)
    void theExportHoldsExactlyThePassingAndFixedPhotosUnderTheirIdNumbers() throws IOException {
        Set<String> exported;
        try (Stream<Path> s = Files.list(out.resolve("export"))) {
            exported = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(exported).isEqualTo(fixture.expectedExport);
        assertThat(summary.exported()).isEqualTo(fixture.expectedExport.size());
        try (ZipFile z = new ZipFile(out.resolve("export.zip").toFile())) {
            Set<String> zipped = z.stream().map(java.util.zip.ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
            assertThat(zipped).isEqualTo(fixture.expectedExport);
        }
        // every exported file passes every hard rule
        for (String name : exported) {
            var in = Engines.check(Files.readAllBytes(out.resolve("export").resolve(name)), name);
            assertThat(in.verdict().name()).as(name).isIn("PASS", "WARNINGS");
        }
    }

    @Test
    @Order(4)
    void readsTheGbkZipsChineseNames() throws IOException {
        assertThat(csv()).filteredOn(r -> r.get("source").startsWith("毕业照片.zip!/一班/")).hasSize(5);
        assertThat(csv()).filteredOn(r -> r.get("source").startsWith("毕业照片.zip!/二班/")).hasSize(5);
    }

    @Test
    @Order(5)
    void writesNothingOutsideItsOutputFolder() throws IOException {
        Set<Path> now = tree(sandbox);
        Set<Path> outside = new TreeSet<>(now);
        outside.removeIf(p -> p.startsWith(out));
        assertThat(outside).isEqualTo(inputFiles);
        assertThat(sandbox.resolveSibling("escape.jpg")).doesNotExist();
        assertThat(Path.of("/tmp/absolute.jpg")).doesNotExist();
    }

    @Test
    @Order(6)
    void writesAnExcelTableWithTheSameRows() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results.xlsx")))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(fixture.total());
            assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("id_number");
            int dpiColumn = -1;
            for (int i = 0; i < s.getRow(0).getLastCellNum(); i++) {
                if (s.getRow(0).getCell(i).getStringCellValue().equals("FILE_DPI")) {
                    dpiColumn = i;
                }
            }
            boolean numeric = false;
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                var c = s.getRow(r).getCell(dpiColumn);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() == 300) {
                    numeric = true;
                }
            }
            assertThat(numeric).isTrue();
        }
    }

    @Test
    @Order(7)
    void aReRunSkipsWhatIsDoneAndGivesTheSameResults() throws IOException {
        List<Map<String, String>> before = csv();
        int[] started = new int[2];
        BatchSummary again = runner().run(List.of(fixture.in), options(false), new BatchListener() {
            @Override
            public void started(int toProcess, int skipped) {
                started[0] = toProcess;
                started[1] = skipped;
            }

            @Override
            public void advanced(int done, int toProcess, BatchRow row) {
            }
        });
        // every photo is skipped; the three zip entries refused by name (traversal, absolute path, link) are
        // refused again while listing, the bomb's refusal is remembered like any result
        assertThat(started[1]).isEqualTo(fixture.total() - 3);
        assertThat(started[0]).isZero();
        assertThat(again.byStatus()).isEqualTo(fixture.expected);
        assertThat(csv()).isEqualTo(before);
    }

    @Test
    @Order(8)
    void forceProcessesEverythingAgain() throws IOException {
        int[] started = new int[2];
        runner().run(List.of(fixture.in.resolve("names")), options(true), new BatchListener() {
            @Override
            public void started(int toProcess, int skipped) {
                started[0] = toProcess;
                started[1] = skipped;
            }

            @Override
            public void advanced(int done, int toProcess, BatchRow row) {
            }
        });
        assertThat(started[1]).isZero();
        assertThat(started[0]).isEqualTo(8);
    }
}
