package org.gradphoto.portal.graduation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.CourseResultRepository;
import org.gradphoto.portal.graduation.ticket.ExamTicketRepository;
import org.gradphoto.portal.table.ExcelExport;
import org.gradphoto.portal.table.RowProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reference data from the exam office's spreadsheets: Excel and CSV (UTF-8 or GBK) are read; a file with any bad row
 * imports nothing and names every bad row; a good file adds and updates.
 */
@PortalTest
class ReferenceImportTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    ReferenceImport imports;
    @Autowired
    MajorRepository majors;
    @Autowired
    ExamTicketRepository tickets;
    @Autowired
    CourseResultRepository results;
    @Autowired
    SubstitutionRepository substitutions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    /** A code of this run's own (tests share one database). */
    static String unique(String prefix, int digits) {
        long n = N.incrementAndGet() + ProcessHandle.current().pid() % 10_000 * 100;
        return prefix + String.format("%0" + digits + "d", n);
    }

    static byte[] xlsx(ImportKind kind, List<List<String>> rows) {
        return ExcelExport.write(kind.zh(), kind.templateHeaders(), rows);
    }

    static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    @Test
    void importsMajorsFromExcelAndUpdatesThemOnASecondImport() {
        String code = unique("B", 6);
        ImportReport first = imports.importFile(ImportKind.MAJORS,
                xlsx(ImportKind.MAJORS, List.of(List.of(code, "会计", "本科", "会计", "70", "否"))), "专业.xlsx");
        assertThat(first.ok()).isTrue();
        assertThat(first.rowsImported()).isEqualTo(1);
        Major m = majors.findByCode(code).orElseThrow();
        assertThat(m.getLevel()).isEqualTo(Level.BENKE);
        assertThat(m.getMinCredits()).isEqualTo(70);
        assertThat(m.isInternshipRequired()).isFalse();

        ImportReport second = imports.importFile(ImportKind.MAJORS,
                xlsx(ImportKind.MAJORS, List.of(List.of(code, "会计学", "本科", "会计", "72", "是"))), "专业.xlsx");
        assertThat(second.ok()).isTrue();
        Major updated = majors.findByCode(code).orElseThrow();
        assertThat(updated.getName()).isEqualTo("会计学");
        assertThat(updated.getMinCredits()).isEqualTo(72);
        assertThat(updated.isInternshipRequired()).isTrue();
    }

    @Test
    void importsAPlanFromACsvSavedByExcelInGbk() {
        String code = unique("C", 6);
        imports.importFile(ImportKind.MAJORS, csv("专业代码,专业名称,层次,专业类别,最低总学分\n" + code + ",会计,专科,会计,70\n",
                StandardCharsets.UTF_8), "majors.csv");
        ImportReport report = imports.importFile(ImportKind.PLAN, csv(
                "专业代码,课程代码,课程名称,学分,公共基础课\r\n" + code + ",00009,马克思主义政治经济学原理,4,是\r\n"
                        + code + ",00041,基础会计学,5,否\r\n", Charset.forName("GBK")), "计划.csv");
        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsImported()).isEqualTo(2);
        List<String> plan = tx.execute(s -> majors.findByCode(code).orElseThrow().getCourses().stream()
                .map(c -> c.getCourseCode() + " " + c.getCourseName() + " " + c.getCredits() + " " + c.isPublicBasic()).toList());
        assertThat(plan).containsExactlyInAnyOrder("00009 马克思主义政治经济学原理 4 true", "00041 基础会计学 5 false");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryRow() {
        String ticket = unique("3499", 8);
        String id = TestData.newIdNumber();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1");
        String text = "\uFEFF准考证号,身份证号,姓名,课程代码,课程名称,学分,成绩,是否合格,考试年月\n"
                + ticket + "," + id + ",张三,00155,中级财务会计,6,72,是,2025-10\n"
                + ticket + "," + id + ",张三,0015,中级财务会计,6,72,是,2025-10\n"
                + ticket + "," + wrongCheck + ",张三,03709,马克思主义基本原理概论,4,65,是,2025-04\n"
                + ticket + "," + id + ",张三,00155,中级财务会计,6,80,是,2026-04\n"
                + ticket + "," + id + ",张三,00020,高等数学（一）,6,101,是,2024-10\n";
        ImportReport report = imports.importFile(ImportKind.RESULTS, csv(text, StandardCharsets.UTF_8), "成绩.csv");

        assertThat(report.ok()).isFalse();
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.rowsImported()).isZero();
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "课程代码"),
                org.assertj.core.groups.Tuple.tuple(4, "身份证号"),
                org.assertj.core.groups.Tuple.tuple(5, "课程代码"),
                org.assertj.core.groups.Tuple.tuple(6, "成绩"));
        assertThat(report.problems().get(0).zh()).isEqualTo("课程代码应为 5 位数字：0015");
        assertThat(report.problems().get(0).en()).isEqualTo("a course code is 5 digits: 0015");
        assertThat(report.problems().get(1).zh()).startsWith("身份证号无效：");
        assertThat(report.problems().get(2).en()).isEqualTo("course repeated for the ticket in the file");
        assertThat(report.problems().get(3).zh()).isEqualTo("应为 0-100 的整数：101");
        assertThat(tickets.findByNumber(ticket)).as("nothing is half-imported").isEmpty();
    }

    @Test
    void importsResultsAndKeepsTheBetterOfTwoSittings() {
        String ticket = unique("3499", 8);
        String id = TestData.newIdNumber();
        String header = "准考证号,身份证号,姓名,课程代码,课程名称,学分,成绩,考试年月\n";
        assertThat(imports.importFile(ImportKind.RESULTS, csv(header + ticket + "," + id + ",张三,00155,中级财务会计,6,72,2025-10\n"
                + ticket + "," + id + ",张三,03709,马克思主义基本原理概论,4,55,2025-04\n", StandardCharsets.UTF_8), "a.csv").ok()).isTrue();
        // a later, worse pass of 00155 does not replace the 72; a later pass of 03709 replaces the fail
        assertThat(imports.importFile(ImportKind.RESULTS, csv(header + ticket + "," + id + ",张三,00155,中级财务会计,6,61,2026-04\n"
                + ticket + "," + id + ",张三,03709,马克思主义基本原理概论,4,66,2026-04\n", StandardCharsets.UTF_8), "b.csv").ok()).isTrue();

        var t = tickets.findByNumber(ticket).orElseThrow();
        assertThat(t.getIdNumber()).isEqualTo(id);
        assertThat(results.countingFor(t)).extracting(CourseResult::getCourseCode, CourseResult::getScore, CourseResult::isPassed,
                CourseResult::getExamMonth).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("00155", 72, true, "2025-10"),
                        org.assertj.core.groups.Tuple.tuple("03709", 66, true, "2026-04"));
    }

    @Test
    void refusesATicketNumberThatBelongsToAnotherPerson() {
        String ticket = unique("3499", 8);
        String header = "准考证号,身份证号,姓名,课程代码,课程名称,学分,成绩,考试年月\n";
        imports.importFile(ImportKind.RESULTS, csv(header + ticket + "," + TestData.newIdNumber() + ",张三,00155,中级财务会计,6,72,2025-10\n",
                StandardCharsets.UTF_8), "a.csv");
        ImportReport report = imports.importFile(ImportKind.RESULTS, csv(header + ticket + "," + TestData.newIdNumber()
                + ",李四,00155,中级财务会计,6,72,2025-10\n", StandardCharsets.UTF_8), "b.csv");
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::zh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "该准考证号已属于另一身份证号"));
    }

    @Test
    void aPlanForAMajorNotYetImportedIsRefused() {
        ImportReport report = imports.importFile(ImportKind.PLAN,
                xlsx(ImportKind.PLAN, List.of(List.of(unique("X", 6), "00009", "马克思主义政治经济学原理", "4", "是"))), "plan.xlsx");
        assertThat(report.problems()).extracting(RowProblem::zh).containsExactly("专业不存在（请先导入专业）");
    }

    @Test
    void aSubstitutionOfACourseByItselfIsRefusedAndAGoodOneIsAddedOnce() {
        String code = unique("S", 6);
        imports.importFile(ImportKind.MAJORS, xlsx(ImportKind.MAJORS, List.of(List.of(code, "会计", "本科", "会计", "70", "否"))), "m.xlsx");
        ImportReport self = imports.importFile(ImportKind.SUBSTITUTIONS,
                xlsx(ImportKind.SUBSTITUTIONS, List.of(List.of(code, "00023", "00023", "高等数学（工本）"))), "s.xlsx");
        assertThat(self.problems()).extracting(RowProblem::en).containsExactly("a course cannot stand in for itself");
        byte[] good = xlsx(ImportKind.SUBSTITUTIONS, List.of(List.of(code, "00023", "00020", "高等数学（一）")));
        assertThat(imports.importFile(ImportKind.SUBSTITUTIONS, good, "s.xlsx").ok()).isTrue();
        assertThat(imports.importFile(ImportKind.SUBSTITUTIONS, good, "s.xlsx").ok()).isTrue();
        Major m = majors.findByCode(code).orElseThrow();
        assertThat(substitutions.forCourse(m, "00023")).filteredOn(s -> m.getId().equals(s.getMajor() == null ? null : s.getMajor().getId()))
                .extracting(Substitution::getSubstituteCode).containsExactly("00020");
    }

    @Test
    void aFileWithoutARequiredColumnSaysWhichColumn() {
        ImportReport report = imports.importFile(ImportKind.MAJORS, csv("专业代码,专业名称,层次\nB1,会计,本科\n", StandardCharsets.UTF_8),
                "m.csv");
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "专业类别"), org.assertj.core.groups.Tuple.tuple(1, "最低总学分"));
    }

    @Test
    void refusesEmptyBrokenAndForeignFilesWithAReason() {
        assertThatThrownBy(() -> imports.importFile(ImportKind.MAJORS, new byte[0], "m.xlsx"))
                .isInstanceOf(RefusedException.class).extracting("messageKey").isEqualTo("import.error.empty");
        assertThatThrownBy(() -> imports.importFile(ImportKind.MAJORS, "PK\u0003\u0004broken".getBytes(), "m.xlsx"))
                .isInstanceOf(RefusedException.class).extracting("messageKey").isEqualTo("import.error.unreadable");
        assertThatThrownBy(() -> imports.importFile(ImportKind.MAJORS, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "m.jpg"))
                .isInstanceOf(RefusedException.class).extracting("messageKey").isEqualTo("import.error.type");
        StringBuilder many = new StringBuilder("专业代码,专业名称,层次,专业类别,最低总学分\n");
        for (int i = 0; i <= 20_000; i++) {
            many.append("B").append(100000 + i).append(",会计,本科,会计,70\n");
        }
        assertThatThrownBy(() -> imports.importFile(ImportKind.MAJORS, csv(many.toString(), StandardCharsets.UTF_8), "m.csv"))
                .isInstanceOf(RefusedException.class).extracting("messageKey").isEqualTo("import.error.too_many_rows");
    }

    @Test
    void theAdminUploadsAFileAndSeesTheReportOthersMayNot() throws Exception {
        var admin = TestData.user(data.staff(Role.ADMIN));
        String code = unique("B", 6);
        MockMultipartFile file = new MockMultipartFile("file", "专业.xlsx", "application/octet-stream",
                xlsx(ImportKind.MAJORS, List.of(List.of(code, "会计", "本科", "会计", "70", "否"))));
        ImportReport report = (ImportReport) mvc.perform(multipart("/admin/graduation/import").file(file).param("kind", "MAJORS")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("report");
        assertThat(report.ok()).isTrue();
        assertThat(majors.findByCode(code)).isPresent();

        mvc.perform(multipart("/admin/graduation/import").param("kind", "MAJORS").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("error", "import.error.empty"));

        var candidate = TestData.user(data.candidate(data.institution("芜湖")));
        mvc.perform(multipart("/admin/graduation/import").file(file).param("kind", "MAJORS").with(user(candidate)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTemplateOfEachKindHasItsColumns() throws Exception {
        var admin = TestData.user(data.staff(Role.ADMIN));
        byte[] bytes = mvc.perform(get("/admin/graduation/templates/RESULTS.xlsx").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("准考证号");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("考试年月");
        }
    }
}
