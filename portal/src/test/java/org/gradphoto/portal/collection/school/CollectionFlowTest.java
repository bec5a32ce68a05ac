package org.gradphoto.portal.collection.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.collection.CollectionCode;
import org.gradphoto.portal.collection.CollectionCodeRepository;
import org.gradphoto.portal.collection.records.Check;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.collection.records.StudentRecordRepository;
import org.gradphoto.portal.collection.school.SchoolData.School;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A university's collection through the real pages: records imported (a bad file imports nothing), a studio zip
 * with planted errors — every mismatch of seed 003 reported with its reason and fixed —, online collection by
 * code, the student's proofreading, and the export of exactly the confirmed photos.
 */
@PortalTest
class CollectionFlowTest {

    static byte[] photo;

    @Autowired
    MockMvc mvc;
    @Autowired
    StudioJobs studioJobs;
    @Autowired
    SchoolData data;
    @Autowired
    StudentRecordRepository records;
    @Autowired
    CollectedPhotoRepository photos;
    @Autowired
    CollectionCodeRepository codes;
    @Autowired
    SchoolAuditRepository audit;
    @Autowired
    TransactionTemplate tx;

    School s;
    String main;
    String branch;

    @BeforeAll
    static void photo() {
        photo = Engines.compliant("idpass/sample_id_3.png");
    }

    @BeforeEach
    void setUp() {
        s = data.school();
        main = s.main().getCode();
        branch = s.branch().getCode();
    }

    MvcResult perform(Account a, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(user(TestData.user(a))).with(csrf())).andReturn();
    }

    String page(Account a, String path) throws Exception {
        return mvc.perform(get(path).with(user(TestData.user(a)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    SchoolService.ImportSummary importRecords(byte[] csv) throws Exception {
        MvcResult r = perform(s.office(), multipart("/school/records/import").file(new MockMultipartFile("file", "学籍.csv", "text/csv", csv)));
        return (SchoolService.ImportSummary) r.getFlashMap().get("importSummary");
    }

    StudentRecord record(String studentNumber) {
        return records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(s.main()).stream()
                .filter(r -> r.getStudentNumber().equals(studentNumber) && !r.isCancelled()).findFirst().orElseThrow();
    }

    CollectedPhoto photoNamed(String file) {
        return photos.findByOwnerAndStateOrderById(s.main(), CollectedPhoto.State.COLLECTED).stream()
                .filter(p -> p.getFileName().equals(file)).findFirst().orElseThrow();
    }

    /** The linking page's photo problems, by file name. */
    Map<String, String> problems() throws Exception {
        String html = page(s.office(), "/school/linking");
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("data-photo=\"(\\d+)\" data-problem=\"([A-Z_]+)\"").matcher(html);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            out.put(photos.findById(id).orElseThrow().getFileName(), m.group(2));
        }
        return out;
    }

    static String decodeQr(byte[] png) throws Exception {
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
        // a clean rendering, read as one: read as a photo, 2 of 2000 random codes' renderings failed ZXing's checksum
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap, java.util.Map.of(
                com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    @Test
    void aRecordsFileWithBadRowsImportsNothingAndAGoodOneAddsThenCorrects() throws Exception {
        String a = SchoolData.id();
        SchoolService.ImportSummary bad = importRecords(SchoolData.recordsCsv(
                main + ",王小明,男,,"  + a + ",0001,土木工程,土木1101,本科,2026",
                main + ",李四,x,," + SchoolData.id() + ",0002,土木工程,土木1101,本科,2026",
                "99999,赵六,女,," + SchoolData.id() + ",0003,土木工程,土木1101,本科,2026",
                main + ",周七,男,," + a.substring(0, 17) + (a.charAt(17) == '1' ? "2" : "1") + ",0004,土木工程,土木1101,本科,2026",
                main + ",吴十,男,," + SchoolData.id() + ",0001,土木工程,土木1101,本科,2026"));
        assertThat(bad.added()).isZero();
        assertThat(bad.problems()).extracting(p -> p.row() + " " + p.column()).containsExactly("3 性别", "4 院校代码", "5 证件号码", "6 学号");
        assertThat(records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(s.main())).isEmpty();

        SchoolService.ImportSummary good = importRecords(SchoolData.recordsCsv(
                main + ",王小明,男,," + a + ",0001,土木工程,土木1101,本科,2026",
                branch + ",赵六,女,居民身份证," + SchoolData.id() + ",0003,交通工程,,本科,2026"));
        assertThat(good.added()).isEqualTo(2);
        assertThat(record("0003").getSchoolCode()).isEqualTo(branch);
        assertThat(page(s.office(), "/school/records")).contains("王小明", "赵六").doesNotContain(a);

        SchoolService.ImportSummary again = importRecords(SchoolData.recordsCsv(
                main + ",王晓明,男,," + a + ",0001,土木工程,土木1101,本科,2026"));
        assertThat(again.added()).isZero();
        assertThat(again.corrected()).isEqualTo(1);
        assertThat(record("0001").getName()).isEqualTo("王晓明");
    }

    @Test
    void aStudioZipWithPlantedErrorsReportsEveryMismatchAndEachIsFixed() throws Exception {
        String a = SchoolData.id();
        String b = SchoolData.id();
        String c = SchoolData.id();
        String d = SchoolData.id();
        String e = SchoolData.id();
        String f = SchoolData.id();
        String g = SchoolData.id();
        importRecords(SchoolData.recordsCsv(
                main + ",王小明,男,," + a + ",0001,土木工程,土木1101,本科,2026",
                main + ",李四,男,," + b + ",0002,土木工程,土木1101,本科,2026",
                branch + ",赵六,女,," + c + ",0003,交通工程,交通1101,本科,2026",
                main + ",周七,男,," + d + ",0004,土木工程,土木1101,本科,2026",
                main + ",周七,男,," + d + ",0104,土木工程,土木1101,专升本,2026",
                main + ",孙八,女,," + e + ",0005,土木工程,土木1102,本科,2026",
                main + ",吴十,男,," + g + ",0006,土木工程,土木1102,本科,2026"));
        String sheet = "证件号码,姓名,性别,学号,院校代码,照片文件名\n"
                + a + ",王晓明,男,0001," + main + ",p1.jpg\n"
                + SchoolData.typoOf(b) + ",李四,男,0002," + main + ",p2.jpg\n"
                + c + ",赵六,女,0003," + main + ",p3.jpg\n"
                + f + ",钱九,男,0009," + main + ",p4.jpg\n"
                + g + ",吴十,男,0006," + main + ",p5.jpg\n"
                + g + ",吴 十,男,0006," + main + ",p6.jpg\n"
                + d + ",周七,男,0004," + main + ",p7.jpg\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        int shot = 0;
        for (String p : List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8")) {
            // each a photo of its own, as a studio's are (the same bytes twice would be one photo collected once)
            files.put("照片/" + p + ".jpg", org.gradphoto.engine.testing.JpegEdits.withExif(photo,
                    org.gradphoto.engine.testing.JpegEdits.Exif.software("Canon EOS shot " + ++shot)));
        }
        files.put("../escape.jpg", photo);
        files.put("机读卡.csv", sheet.getBytes(StandardCharsets.UTF_8));
        MvcResult imported = perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "照相馆.zip",
                "application/zip", SchoolData.zip(files))));
        StudioImport.Report report = studioJobs.await(s.office(), imported);
        assertThat(report.collected()).isEqualTo(7);
        assertThat(report.skipped()).extracting(StudioImport.Skipped::en).containsExactlyInAnyOrder(
                "the data sheet does not describe this photo", org.gradphoto.batch.source.Rejection.Reason.TRAVERSAL.en());
        // named as the school sent them: the path inside its zip, not the server's temporary copy
        assertThat(report.skipped()).extracting(StudioImport.Skipped::file).contains("../escape.jpg").noneMatch(name -> name.contains("!/"));

        assertThat(problems()).isEqualTo(Map.of(
                "p1.jpg", "NAME_DIFFERS", "p2.jpg", "ID_DIFFERS", "p3.jpg", "WRONG_SCHOOL_CODE", "p4.jpg", "PHOTO_WITHOUT_RECORD",
                "p5.jpg", "SEVERAL_PHOTOS", "p6.jpg", "SEVERAL_PHOTOS", "p7.jpg", "DUPLICATE_RECORDS"));
        String linking = page(s.office(), "/school/linking");
        assertThat(linking).contains("姓名与学籍不一致", "证件号码与学籍不一致", "院校代码不一致", "照片没有对应学籍", "同一学籍有多张照片", "学籍重复",
                "没有照片的学籍（4）");

        // the fixes the school makes
        CollectedPhoto p1 = photoNamed("p1.jpg");
        assertThat(perform(s.office(), post("/school/photos/" + p1.getId() + "/correct").param("version", "" + p1.getVersion())
                .param("schoolCode", main).param("name", "王小明").param("idNumber", a)).getFlashMap().get("notice"))
                .isEqualTo("school.notice.corrected");
        CollectedPhoto p2 = photoNamed("p2.jpg");
        perform(s.office(), post("/school/photos/" + p2.getId() + "/correct").param("version", "" + p2.getVersion())
                .param("schoolCode", main).param("name", "李四").param("idNumber", b));
        CollectedPhoto p3 = photoNamed("p3.jpg");
        perform(s.office(), post("/school/photos/" + p3.getId() + "/correct").param("version", "" + p3.getVersion())
                .param("schoolCode", branch).param("name", "赵六").param("idNumber", c));
        CollectedPhoto p4 = photoNamed("p4.jpg");
        perform(s.office(), post("/school/photos/" + p4.getId() + "/delete").param("version", "" + p4.getVersion()));
        CollectedPhoto p6 = photoNamed("p6.jpg");
        perform(s.office(), post("/school/photos/" + p6.getId() + "/delete").param("version", "" + p6.getVersion()));
        StudentRecord duplicate = record("0104");
        perform(s.office(), post("/school/records/" + duplicate.getId() + "/cancel").param("version", "" + duplicate.getVersion()));

        assertThat(problems()).isEmpty();
        assertThat(page(s.office(), "/school/linking")).contains("没有照片的学籍（1）", "孙八");
        assertThat(audit.findTop200ByOwnerOrderByIdDesc(s.main())).extracting(SchoolAudit::getAction)
                .containsSequence("CANCEL_RECORD", "DELETE_PHOTO", "DELETE_PHOTO", "CORRECT_PHOTO", "CORRECT_PHOTO", "CORRECT_PHOTO",
                        "IMPORT_STUDIO", "IMPORT_STUDIO_STARTED", "IMPORT_RECORDS");
        // the audit trail reads in the page's language and names people, not row ids ("photo 7", "学籍记录 12")
        String trail = page(s.office(), "/school/audit");
        assertThat(trail).contains("钱九 的照片（证件号码 " + org.gradphoto.engine.identity.IdNumber.mask(f) + "）", "周七（学号 0104）",
                        "采集 7 张，此前已采集 0 张，跳过 2 张", "共 8 张照片", "文件 照相馆.zip")
                .doesNotContain("collected,", "照片 " + p4.getId() + "<", "学籍记录 ");
        String english = mvc.perform(get("/school/audit").param("lang", "en").with(user(TestData.user(s.office()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Photo of 钱九 (ID number", "周七 (student number 0104)", "7 collected, 0 collected before, 2 skipped",
                "8 photos in the file", "Record cancelled").doesNotContain("采集 7 张", "的照片", "学号");

        // a stale page changes nothing: p1 has moved on since its version was read
        assertThat(perform(s.office(), post("/school/photos/" + p1.getId() + "/delete").param("version", "" + p1.getVersion()))
                .getFlashMap().get("error")).isEqualTo("school.error.changed");
    }

    @Test
    void codesGoToOneClassOnlyAndNeverToAStudentAlreadyCollected() throws Exception {
        String a1 = SchoolData.id();
        String a2 = SchoolData.id();
        String b1 = SchoolData.id();
        importRecords(SchoolData.recordsCsv(main + ",周一,男,," + a1 + ",0101,土木工程,土木2101,本科,2026",
                main + ",周二,女,," + a2 + ",0102,土木工程,土木2101,本科,2026",
                main + ",郑三,男,," + b1 + ",0103,土木工程,土木2102,本科,2026"));
        // 周二 was collected by the studio already
        studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z.zip", "application/zip",
                SchoolData.zip(Map.of(a2 + ".jpg", photo))))));
        assertThat(page(s.office(), "/school/codes")).contains("<option value=\"土木2101\">土木2101</option>",
                "<option value=\"土木2102\">土木2102</option>");
        assertThat(perform(s.office(), post("/school/codes").param("days", "30").param("className", "土木2101")).getFlashMap()
                .get("issued")).as("周一 only: 周二 is collected, 郑三 is in another class").isEqualTo(1);
        String listed = page(s.office(), "/school/codes");
        assertThat(listed).contains("<td>周一</td>").doesNotContain("<td>周二</td>", "<td>郑三</td>");
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("<td>周一</td>\\s*<td><code class=\"code\">([^<]+)</code></td>\\s*<td>([^<]+)</td>");
        java.util.regex.Matcher m = row.matcher(listed);
        assertThat(m.find()).isTrue();
        String validity = m.group(1) + " " + m.group(2);
        // all classes now: 郑三 gets one, 周一 keeps the code and its validity
        assertThat(perform(s.office(), post("/school/codes").param("days", "7")).getFlashMap().get("issued")).isEqualTo(1);
        String after = page(s.office(), "/school/codes");
        assertThat(after.split("<td>周一</td>", -1)).hasSize(2);
        java.util.regex.Matcher m2 = row.matcher(after);
        assertThat(m2.find()).isTrue();
        assertThat(m2.group(1) + " " + m2.group(2)).as("the same code, valid as long as before").isEqualTo(validity);
        assertThat(after).contains("<td>郑三</td>").doesNotContain("<td>周二</td>");
    }

    @Test
    void theSlipsOfOneClassPrintWithNamesHalfHiddenTheCodeTheFeatureCodeAndAQrCode() throws Exception {
        importRecords(SchoolData.recordsCsv(main + ",欧阳小明,男,," + SchoolData.id() + ",0201,土木工程,土木3101,本科,2026",
                main + ",李红,女,," + SchoolData.id() + ",0202,土木工程,土木3101,本科,2026",
                main + ",张伟明,男,," + SchoolData.id() + ",0203,土木工程,土木3102,本科,2026"));
        perform(s.office(), post("/school/codes").param("days", "30"));
        org.junit.jupiter.api.Assumptions.assumeTrue(org.gradphoto.portal.print.PdfPages.DEFAULT_FONTS.stream()
                .anyMatch(java.nio.file.Files::isReadable), "no CJK TrueType font (apt-get install fonts-droid-fallback): skipping");
        org.springframework.mock.web.MockHttpServletResponse r = perform(s.office(), get("/school/codes/slips.pdf").param("className", "土木3101")).getResponse();
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        java.nio.file.Files.write(java.nio.file.Path.of("target/code-slips.pdf"), r.getContentAsByteArray());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(r.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("欧**明", "李*", "土木3101", s.featureCode(), "采集码只能使用一次")
                    .doesNotContain("欧阳小明", "李红", "张伟明", "张*明", "土木3102");
            var page = doc.getPage(0);
            assertThat(page.getResources().getXObjectNames()).as("a QR code per slip").hasSize(2);
        }
        assertThat(SchoolCodesController.halfHidden("王小明")).isEqualTo("王*明");
        assertThat(SchoolCodesController.halfHidden("王")).isEqualTo("王");
        assertThat(SchoolCodesController.halfHidden("")).isEmpty();
        // a student's code slip is the school's: another school's office cannot print it
        SchoolData.School other = data.school();
        String otherText;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(perform(other.office(), get("/school/codes/slips.pdf")).getResponse()
                .getContentAsByteArray())) {
            otherText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(otherText).doesNotContain("欧**明", "李*");
    }

    @Test
    void theLinkedPhotosOfAClassPrintAtTwoInchSizeWithIdNumberAndNameBelow() throws Exception {
        List<String> ids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            String id = SchoolData.id();
            ids.add(id);
            lines.add(main + ",学生" + (char) ('甲' + i) + ",男,," + id + ",05" + String.format("%02d", i) + ",土木工程,土木5101,本科,2026");
        }
        lines.add(main + ",别班生,女,," + SchoolData.id() + ",0599,土木工程,土木5102,本科,2026");
        importRecords(SchoolData.recordsCsv(lines.toArray(String[]::new)));
        Map<String, byte[]> files = new LinkedHashMap<>();
        int shot = 0;
        for (String id : ids) {
            files.put(id + ".jpg", org.gradphoto.engine.testing.JpegEdits.withExif(photo,
                    org.gradphoto.engine.testing.JpegEdits.Exif.software("studio " + ++shot)));
        }
        studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z.zip", "application/zip", SchoolData.zip(files)))));
        org.junit.jupiter.api.Assumptions.assumeTrue(org.gradphoto.portal.print.PdfPages.DEFAULT_FONTS.stream()
                .anyMatch(java.nio.file.Files::isReadable), "no CJK TrueType font (apt-get install fonts-droid-fallback): skipping");
        byte[] sheet = perform(s.office(), get("/school/photos/sheet.pdf").param("className", "土木5101")).getResponse().getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target/photo-sheet.pdf"), sheet);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(sheet)) {
            assertThat(doc.getNumberOfPages()).as("16 to a page").isEqualTo(2);
            assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(16);
            assertThat(doc.getPage(1).getResources().getXObjectNames()).hasSize(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains(ids.get(0), "学生甲", ids.get(16), "沿细线剪下").doesNotContain("别班生");
            // at the national profile's 35 x 49 mm (PhotoSheetTest measures the drawn size), 640 pixels give at least 300 dpi
            var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) doc.getPage(0).getResources()
                    .getXObject(doc.getPage(0).getResources().getXObjectNames().iterator().next());
            assertThat(image.getHeight()).isEqualTo(640);
            assertThat(640 / (49 / 25.4)).isGreaterThanOrEqualTo(300);
        }

        // the ticked records only (an id that is no record of the school selects nothing); none ticked, none printed
        StudentRecord first = record("0500");
        StudentRecord third = record("0502");
        byte[] picked = perform(s.office(), get("/school/photos/sheet.pdf").param("selection", "true").param("record", first.getId().toString())
                .param("record", third.getId().toString()).param("record", "987654321")).getResponse().getContentAsByteArray();
        assertThat(org.gradphoto.portal.print.PdfImages.drawn(picked)).hasSize(2);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(picked)) {
            assertThat(org.gradphoto.portal.print.PdfImages.text(doc)).contains("共 2 张", ids.get(0), ids.get(2)).doesNotContain(ids.get(1));
        }
        byte[] none = perform(s.office(), get("/school/photos/sheet.pdf").param("selection", "true")).getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(none)) {
            assertThat(org.gradphoto.portal.print.PdfImages.text(doc)).contains("没有可打印的照片");
        }
        assertThat(perform(s.office(), get("/school/photos/sheet.pdf").param("selection", "true").param("record", "七"))
                .getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aStudentUploadsWithTheirCodeOnceAndNoOtherCodeOrSchoolOpensIt() throws Exception {
        String e = SchoolData.id();
        importRecords(SchoolData.recordsCsv(main + ",孙八,女,," + e + ",0005,土木工程,土木1102,本科,2026",
                main + ",吴十,男,," + SchoolData.id() + ",0006,土木工程,土木1102,本科,2026"));
        perform(s.office(), post("/school/codes").param("days", "30"));
        assertThat(perform(s.office(), post("/school/codes").param("days", "30")).getFlashMap().get("issued"))
                .as("no second code while one is usable").isEqualTo(0);
        CollectionCode mine = codes.findByRecord(record("0005")).get(0);
        CollectionCode theirs = codes.findByRecord(record("0006")).get(0);
        assertThat(mine.getCode()).isNotEqualTo(theirs.getCode());

        MockHttpSession session = new MockHttpSession();
        // wrong feature code, a guessed code, another school's feature code: one answer
        for (String[] attempt : List.of(new String[] {mine.getCode(), "WRONG123"}, new String[] {"ABCD-EFGH-JKMN-PQRS-TVWX", s.featureCode()})) {
            mvc.perform(post("/collect").param("code", attempt[0]).param("featureCode", attempt[1]).session(session).with(csrf()))
                    .andExpect(flash().attribute("error", "collection.error.code"));
        }
        mvc.perform(get("/collect/photo").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/collect").param("code", mine.getGrouped().toLowerCase()).param("featureCode", s.featureCode().toLowerCase())
                .session(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/collect/photo").session(session)).andReturn().getResponse().getContentAsString())
                .contains("孙*").doesNotContain("孙八", e);

        // a phone photo fails; the fixed version is offered, taken and submitted
        byte[] phone = Faces.bytes(Faces.shipped("idpass/sample_id_1.png"));
        mvc.perform(multipart("/collect/photo").file(new MockMultipartFile("file", "phone.png", "image/png", phone)).session(session)
                .with(csrf())).andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/collect/photo").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"fix-offer\"", "id=\"failing\"", "id=\"requirements\"",
                "照片尺寸：</strong><span>照片尺寸不对：要求宽 480 像素、高 640 像素。", "请使用旁边自动修正后的照片")
                .containsPattern("照片有 \\d+ 处不符合要求");
        org.gradphoto.portal.photo.CandidateVerdictPageTest.speaksPlainly(html);
        assertThat(mvc.perform(get("/collect/photo/fixed").session(session)).andReturn().getResponse().getContentType()).isEqualTo("image/jpeg");
        // uploading again replaces the draft (the earlier one is discarded, never collected)
        mvc.perform(multipart("/collect/photo").file(new MockMultipartFile("file", "phone.png", "image/png", phone)).session(session)
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(photos.findAll()).filteredOn(p -> p.getIdNumber().equals(e))
                .extracting(CollectedPhoto::getState).containsExactlyInAnyOrder(CollectedPhoto.State.DELETED, CollectedPhoto.State.DRAFT);
        mvc.perform(post("/collect/photo/use-fix").session(session).with(csrf())).andExpect(flash().attribute("notice", "collection.notice.fix_used"));
        mvc.perform(post("/collect/photo/submit").session(session).with(csrf())).andExpect(flash().attribute("notice", "collection.notice.submitted"));
        // the student is told what comes next, with the way there
        assertThat(mvc.perform(get("/collect/done").session(session)).andReturn().getResponse().getContentAsString())
                .contains("学籍与照片校对", "href=\"/me/record\" id=\"proofread-link\"");

        // linked at once; the code is used up
        var linking = page(s.office(), "/school/linking");
        assertThat(linking).contains("没有照片的学籍（1）", "吴十").doesNotContain("data-problem");
        MockHttpSession again = new MockHttpSession();
        mvc.perform(post("/collect").param("code", mine.getCode()).param("featureCode", s.featureCode()).session(again).with(csrf()))
                .andExpect(flash().attribute("error", "collection.error.code_used"));
        // without an opened code there is nothing to see
        mvc.perform(get("/collect/photo/original").session(new MockHttpSession())).andExpect(status().isNotFound());

        // a revoked code no longer opens
        perform(s.office(), post("/school/codes/" + theirs.getId() + "/revoke"));
        mvc.perform(post("/collect").param("code", theirs.getCode()).param("featureCode", s.featureCode()).session(new MockHttpSession())
                .with(csrf())).andExpect(flash().attribute("error", "collection.error.code_revoked"));
        // and another school's office cannot revoke, see or print this school's codes
        School other = data.school();
        assertThat(perform(other.office(), post("/school/codes/" + mine.getId() + "/revoke")).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(other.office(), get("/school/codes/" + mine.getId() + "/qr.png")).getResponse().getStatus()).isEqualTo(404);
        assertThat(page(other.office(), "/school/codes")).doesNotContain(mine.getGrouped());
        // the QR code is the collection link with the code
        byte[] qr = perform(s.office(), get("/school/codes/" + mine.getId() + "/qr.png")).getResponse().getContentAsByteArray();
        assertThat(decodeQr(qr)).endsWith("/collect?code=" + mine.getCode());
    }

    @Test
    void aPhotoTheStudentReportsWrongIsCollectedAgainWithANewCodeAndTheOldOneKept() throws Exception {
        String id = SchoolData.id();
        importRecords(SchoolData.recordsCsv(main + ",钱七,女,," + id + ",0701,土木工程,土木7101,本科,2026"));
        studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z.zip", "application/zip",
                SchoolData.zip(Map.of(id + ".jpg", photo))))));
        Account qian = data.student(s.main(), "钱七", id);
        StudentRecord rec = record("0701");
        CollectedPhoto old = photos.findByOwnerAndStateAndIdNumber(s.main(), CollectedPhoto.State.COLLECTED, id).get(0);
        perform(qian, post("/me/record/" + rec.getId() + "/report-photo").param("version", "" + rec.getVersion()).param("note", "照片不是本人"));
        StudentRecord reported = record("0701");
        assertThat(reported.getPhotoCheck()).isEqualTo(Check.REPORTED);
        assertThat(page(s.office(), "/school/records/" + rec.getId())).contains("id=\"recollect\"", "照片不是本人");

        MvcResult r = perform(s.office(), post("/school/records/" + rec.getId() + "/recollect").param("version", "" + reported.getVersion())
                .param("days", "14"));
        assertThat(r.getFlashMap().get("notice")).isEqualTo("school.notice.recollect");
        // the old photo is kept, set aside; the record waits for a new one with a fresh code
        assertThat(photos.findById(old.getId()).orElseThrow().getState()).isEqualTo(CollectedPhoto.State.DELETED);
        StudentRecord again = record("0701");
        assertThat(again.getPhotoCheck()).isEqualTo(Check.UNCHECKED);
        String recPage = page(s.office(), "/school/records/" + rec.getId());
        assertThat(recPage).contains("id=\"record-no-photo\"");
        assertThat(page(s.office(), "/school/codes")).contains("<td>钱七</td>");
        assertThat(page(s.office(), "/school/audit")).contains("重新采集照片", "钱七（学号 0701）", "原照片已停用，新采集码有效期 14 天");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> page(qian, "/me/messages").contains("学校将重新采集您的照片"));

        // the studio's new photo links to the record and is proofread afresh
        studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z2.zip", "application/zip",
                SchoolData.zip(Map.of(id + ".jpg", org.gradphoto.engine.testing.JpegEdits.withExif(photo,
                        org.gradphoto.engine.testing.JpegEdits.Exif.software("retake"))))))));
        assertThat(page(s.office(), "/school/records/" + rec.getId())).contains("id=\"record-photo\"");
        assertThat(problems()).doesNotContainValue("SEVERAL_PHOTOS");
        // a stale page changes nothing
        assertThat(perform(s.office(), post("/school/records/" + rec.getId() + "/recollect").param("version", "" + reported.getVersion()))
                .getFlashMap().get("error")).isEqualTo("school.error.changed");
    }

    @Test
    void studentsProofreadTheirOwnRecordOnlyAndOnlyConfirmedPhotosAreExported() throws Exception {
        String a = SchoolData.id();
        String b = SchoolData.id();
        importRecords(SchoolData.recordsCsv(main + ",王小明,男,," + a + ",0001,土木工程,土木1101,本科,2026",
                main + ",李四,男,," + b + ",0002,土木工程,土木1101,本科,2026"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(a + ".jpg", photo);
        files.put(b + ".jpg", photo);
        studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z.zip", "application/zip", SchoolData.zip(files)))));
        Account wang = data.student(s.main(), "王小明", a);
        Account li = data.student(s.main(), "李四", b);
        StudentRecord wangs = record("0001");

        String mine = page(wang, "/me/record");
        assertThat(mine).contains("data-record=\"" + wangs.getId() + "\"").doesNotContain("李四", b);
        assertThat(perform(li, get("/me/record/" + wangs.getId() + "/photo")).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(li, post("/me/record/" + wangs.getId() + "/confirm-record").param("version", "" + wangs.getVersion()))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(wang, get("/me/record/" + wangs.getId() + "/photo")).getResponse().getContentType()).isEqualTo("image/jpeg");

        // 王 reports the record, the school corrects it, 王 confirms both; 李 confirms only the record
        perform(wang, post("/me/record/" + wangs.getId() + "/report-record").param("version", "0").param("note", "专业应为土木工程（道路）"));
        StudentRecord reported = record("0001");
        assertThat(reported.getRecordCheck()).isEqualTo(Check.REPORTED);
        assertThat(page(s.office(), "/school/records?reported=true")).contains("王小明").doesNotContain("李四");
        assertThat(page(s.office(), "/school/records/" + reported.getId())).contains("专业应为土木工程（道路）", "id=\"record-photo\"");
        perform(s.office(), post("/school/records/" + reported.getId() + "/correct").param("version", "" + reported.getVersion())
                .param("schoolCode", main).param("name", "王小明").param("gender", "MALE").param("idType", "RESIDENT_ID_CARD")
                .param("idNumber", a).param("studentNumber", "0001").param("major", "土木工程（道路）").param("className", "土木1101")
                .param("level", "本科").param("graduationYear", "2026"));
        StudentRecord corrected = record("0001");
        assertThat(corrected.getMajor()).isEqualTo("土木工程（道路）");
        assertThat(corrected.getRecordCheck()).isEqualTo(Check.UNCHECKED);
        // 王 is told in the message box (after the correction committed); 李, whose record did not change, is not
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> page(wang, "/me/messages").contains("学籍信息已更正"));
        assertThat(page(wang, "/me/messages")).contains(s.main().getNameZh() + "）已更正您的学籍信息", "href=\"/me/record\"");
        assertThat(page(li, "/me/messages")).doesNotContain("学籍信息已更正");
        perform(wang, post("/me/record/" + wangs.getId() + "/confirm-record").param("version", "" + corrected.getVersion()));
        perform(wang, post("/me/record/" + wangs.getId() + "/confirm-photo").param("version", "" + (corrected.getVersion() + 1)));
        StudentRecord lis = record("0002");
        perform(li, post("/me/record/" + lis.getId() + "/confirm-record").param("version", "" + lis.getVersion()));

        // the dashboard counts it; the export holds exactly 王's photo
        String dashboard = page(s.office(), "/school");
        assertThat(dashboard).contains("土木工程（道路）");
        MvcResult started = mvc.perform(get("/school/export.zip").with(user(TestData.user(s.office())))).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        String csv = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry en; (en = in.getNextEntry()) != null; ) {
                names.add(en.getName());
                byte[] bytes = in.readAllBytes();
                if (en.getName().equals("records.csv")) {
                    csv = new String(bytes, StandardCharsets.UTF_8);
                } else {
                    assertThat(bytes).isEqualTo(photo);
                }
            }
        }
        assertThat(names).containsExactly(a + ".jpg", "records.csv");
        assertThat(csv).contains(a, "王小明", "土木工程（道路）").doesNotContain(b);
    }

    @Test
    void aSheetWithSchoolNamesOnlyFilesABranchStudentUnderTheBranchOnlyWhenItsFullNameIsWritten() throws Exception {
        String c1 = SchoolData.id();
        String c2 = SchoolData.id();
        importRecords(SchoolData.recordsCsv(branch + ",赵六,女,," + c1 + ",0003,交通工程,交通1101,本科,2026",
                branch + ",钱七,女,," + c2 + ",0004,交通工程,交通1101,本科,2026"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("1.jpg", photo);
        files.put("2.jpg", photo);
        files.put("机读卡.csv", ("证件号码,姓名,性别,学号,院校名称,照片文件名\n" + c1 + ",赵六,女,0003,长沙理工大学城南学院,1.jpg\n"
                + c2 + ",钱七,女,0004,长沙理工大学,2.jpg\n").getBytes(StandardCharsets.UTF_8));
        studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z.zip", "application/zip", SchoolData.zip(files)))));
        assertThat(problems()).isEqualTo(Map.of("2.jpg", "WRONG_SCHOOL_CODE"));
    }

    @Test
    void badFilesAreRefusedWithAReasonAndChangeNothing() throws Exception {
        String a = SchoolData.id();
        importRecords(SchoolData.recordsCsv(main + ",孙八,女,," + a + ",0005,土木工程,土木1102,本科,2026"));
        // records: an image instead of a table, an empty file
        assertThat(perform(s.office(), multipart("/school/records/import").file(new MockMultipartFile("file", "x.png", "image/png", photo)))
                .getFlashMap().get("error")).isEqualTo("import.error.type");
        assertThat(perform(s.office(), multipart("/school/records/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0])))
                .getFlashMap().get("error")).isEqualTo("import.error.empty");
        // studio: nothing, not a zip, two data sheets, a broken photo and a HEIC among good ones
        assertThat(perform(s.office(), multipart("/school/studio")).getFlashMap().get("error")).isEqualTo("import.error.empty");
        assertThat(perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z.zip", "application/zip",
                "not a zip at all".getBytes(StandardCharsets.UTF_8)))).getFlashMap().get("error")).isEqualTo("studio.error.unreadable");
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("a.csv", "证件号码\n".getBytes(StandardCharsets.UTF_8));
        two.put("b.csv", "证件号码\n".getBytes(StandardCharsets.UTF_8));
        two.put(a + ".jpg", photo);
        assertThat(perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "z.zip", "application/zip",
                SchoolData.zip(two)))).getFlashMap().get("error")).isEqualTo("studio.error.two_sheets");
        Map<String, byte[]> mixed = new LinkedHashMap<>();
        mixed.put(a + ".jpg", java.util.Arrays.copyOf(photo, 1000));
        mixed.put(SchoolData.id() + ".heic", org.gradphoto.engine.testing.BadFiles.heic());
        StudioImport.Report r = studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file",
                "z.zip", "application/zip", SchoolData.zip(mixed)))));
        assertThat(r.collected()).isZero();
        assertThat(r.skipped()).hasSize(2);
        assertThat(photos.findByOwnerAndStateOrderById(s.main(), CollectedPhoto.State.COLLECTED)).isEmpty();

        // online: an empty upload and a HEIC file are refused with the reason; nothing is collected
        perform(s.office(), post("/school/codes"));
        CollectionCode code = codes.findByRecord(record("0005")).get(0);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/collect").param("code", code.getCode()).param("featureCode", s.featureCode()).session(session).with(csrf()));
        mvc.perform(multipart("/collect/photo").file(new MockMultipartFile("file", "x.jpg", "image/jpeg", new byte[0])).session(session)
                .with(csrf())).andExpect(flash().attribute("error", "photo.error.empty"));
        MvcResult heic = mvc.perform(multipart("/collect/photo").file(new MockMultipartFile("file", "IMG_0001.HEIC", "image/heic",
                org.gradphoto.engine.testing.BadFiles.heic())).session(session).with(csrf())).andReturn();
        assertThat((String) heic.getFlashMap().get("unreadableEn")).isNotBlank();
        assertThat(mvc.perform(get("/collect/photo").session(session)).andReturn().getResponse().getContentAsString())
                .contains("id=\"unreadable\"").doesNotContain("id=\"draft\"");
        // submitting without a draft goes back to the start
        mvc.perform(post("/collect/photo/submit").session(new MockHttpSession()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(codes.findById(code.getId()).orElseThrow().getUsedAt()).isNull();
    }

    @Test
    void theProofreadingDeadlineClosesConfirmationsAndTheLockDateCorrections() throws Exception {
        String a = SchoolData.id();
        importRecords(SchoolData.recordsCsv(main + ",王小明,男,," + a + ",0001,土木工程,土木1101,本科,2026"));
        Account wang = data.student(s.main(), "王小明", a);
        StudentRecord r = record("0001");
        assertThat(perform(s.office(), post("/school/settings").param("featureCode", "F62D3D86").param("deadline", "2020-06-30T23:59")
                .param("lockDate", "2020-06-01T00:00")).getFlashMap().get("error")).isEqualTo("school.error.window");
        assertThat(perform(s.office(), post("/school/settings").param("featureCode", "bad").param("deadline", "")
                .param("lockDate", "")).getFlashMap().get("error")).isEqualTo("school.error.feature_code");
        perform(s.office(), post("/school/settings").param("featureCode", "F62D3D86").param("deadline", "2020-06-30T23:59")
                .param("lockDate", "2099-07-01T00:00"));
        assertThat(perform(wang, post("/me/record/" + r.getId() + "/confirm-record").param("version", "" + r.getVersion()))
                .getFlashMap().get("error")).isEqualTo("records.error.closed");
        assertThat(page(wang, "/me/record")).contains("校对已截止").doesNotContain("confirm-record");
        perform(s.office(), post("/school/settings").param("featureCode", "F62D3D86").param("deadline", "2020-06-30T23:59")
                .param("lockDate", "2020-07-01T00:00"));
        assertThat(perform(s.office(), post("/school/records/" + r.getId() + "/cancel").param("version", "" + r.getVersion()))
                .getFlashMap().get("error")).isEqualTo("records.error.locked");
        assertThat(perform(s.office(), multipart("/school/records/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                SchoolData.recordsCsv(main + ",李四,男,," + SchoolData.id() + ",0002,土木工程,土木1101,本科,2026"))))
                .getFlashMap().get("error")).isEqualTo("records.error.locked");
        assertThat(page(s.office(), "/school/audit")).contains("修改设置", "导入学籍");
    }

    @Test
    void schoolPagesAreForTheSchoolsOwnOfficeOnly() throws Exception {
        importRecords(SchoolData.recordsCsv(main + ",王小明,男,," + SchoolData.id() + ",0001,土木工程,土木1101,本科,2026"));
        Long id = record("0001").getId();
        School other = data.school();
        assertThat(perform(other.office(), get("/school/records/" + id)).getResponse().getStatus()).isEqualTo(404);
        mvc.perform(get("/school")).andExpect(status().is3xxRedirection());
        Account student = data.student(s.main(), "王小明", SchoolData.id());
        assertThat(perform(student, get("/school")).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(s.office(), get("/me/record")).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(s.office(), get("/school")).getResponse().getStatus()).isEqualTo(200);
        assertThat(page(other.office(), "/school/records")).doesNotContain("王小明");
    }

    @Test
    void theRecordsAndCodesListsComeInPagesOfTwoHundred() throws Exception {
        String[] lines = new String[SchoolController.PAGE_SIZE + 1];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = main + ",学生" + i + ",男,," + SchoolData.id() + "," + String.format("%04d", i) + ",土木工程,土木1101,本科,2026";
        }
        assertThat(importRecords(SchoolData.recordsCsv(lines)).added()).isEqualTo(201);
        String first = page(s.office(), "/school/records");
        assertThat(first).contains("共 201 条", "第 1 / 2 页", "id=\"next-page\"", "href=\"/school/records?reported=false&amp;page=1\"");
        assertThat(first.split("data-record=", -1)).hasSize(201);
        String second = page(s.office(), "/school/records?page=1");
        assertThat(second.split("data-record=", -1)).hasSize(2);
        assertThat(page(s.office(), "/school/records?page=99")).contains("第 2 / 2 页");
        perform(s.office(), post("/school/codes"));
        assertThat(page(s.office(), "/school/codes").split("data-code=", -1)).hasSize(201);
        assertThat(page(s.office(), "/school/codes?page=1")).contains("共 201 条", "第 2 / 2 页", "href=\"/school/codes?page=0\"").satisfies(
                html -> assertThat(html.split("data-code=", -1)).hasSize(2));
    }
}
