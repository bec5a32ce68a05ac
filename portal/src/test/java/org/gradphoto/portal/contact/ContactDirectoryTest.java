package org.gradphoto.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.InvalidFieldException;
import org.gradphoto.portal.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 联系方式: the directory as anyone reads it, and the admin's changes, one line at a time and by an Excel import
 * that replaces it whole or changes nothing.
 */
@PortalTest
class ContactDirectoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ContactDirectory directory;

    Account admin;
    List<ContactEntry> before;

    /** Seed 001 附件4 as the file the exam office publishes it: 序号, 地州市考试机构, 联系电话. */
    static final String[][] SEED_001 = {{"1", "乌鲁木齐市", "0991-8810121"}, {"2", "石河子市", "0993-2014409"},
        {"3", "克拉玛依市", "0990-6223591、0990-6222947"}, {"4", "奎屯市", "0992-3258533"}, {"5", "昌吉州", "0994-2343769"},
        {"6", "博州", "0909-2319273"}, {"7", "塔城地区", "0901-6222139"}, {"8", "阿勒泰地区", "0906-2122798"},
        {"9", "吐鲁番市", "0995-8520238"}, {"10", "哈密市", "0902-2255504"}, {"11", "巴州", "0996-2031063"},
        {"12", "阿克苏地区", "0997-2530851"}, {"13", "克州", "0908-7625029、0908-7625000"}, {"14", "喀什地区", "0998-2313360"},
        {"15", "和田地区", "0903-7862032"}, {"16", "伊犁州", "0999-8290040"}};

    @BeforeEach
    void setUp() throws Exception {
        admin = data.staff(Role.ADMIN);
        // the directory is one for the whole portal: each test starts from seed 001's
        assertThat(directory.replaceWith(workbook(new String[] {"序号", "地州市考试机构", "联系电话"}, List.of(SEED_001)), "附件4.xlsx")
                .imported()).isEqualTo(16);
        before = directory.all().stream().map(ContactDirectory.Line::entry).toList();
    }

    static byte[] workbook(List<String[]> rows) throws Exception {
        return workbook(new String[] {"类别", "名称", "联系电话"}, rows);
    }

    static byte[] workbook(String[] header, List<String[]> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("附件4");
            String[][] all = new String[rows.size() + 1][];
            all[0] = header;
            for (int i = 0; i < rows.size(); i++) {
                all[i + 1] = rows.get(i);
            }
            for (int r = 0; r < all.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < all[r].length; c++) {
                    row.createCell(c).setCellValue(all[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    MvcResult importing(byte[] bytes, String name) throws Exception {
        return mvc.perform(multipart("/contacts/manage/import").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(csrf()).with(user(TestData.user(admin)))).andReturn();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void seed001sSixteenXinjiangOfficesImportAsPublishedAndAnyoneReadsThem() throws Exception {
        String html = page("/contacts");
        assertThat(before).hasSize(16).allMatch(e -> e.kind() == ContactKind.EXAM_OFFICE);
        assertThat(html).as("no empty address and hours columns").doesNotContain(">地址<", ">办公时间<");
        assertThat(html).contains("乌鲁木齐市", "0991-8810121", "伊犁州", "0999-8290040",
                "href=\"tel:09906223591\"", "href=\"tel:09906222947\"", "考试机构");
        assertThat(page("/contacts?lang=en")).contains("Exam office", "Phone");
    }

    @Test
    void anImportInTheSeedsOwnColumnsReplacesTheDirectoryInItsOrder() throws Exception {
        byte[] seedShaped = workbook(new String[] {"序号", "地州市考试机构", "联系电话"},
                List.of(new String[] {"1", "芜湖市教育考试院", "0553-1234567"}, new String[] {"2", "合肥市教育考试院", "0551-7654321、0551-7654322"}));
        MvcResult r = importing(seedShaped, "附件4.xlsx");
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/contacts/manage");
        assertThat(r.getFlashMap().get("imported")).isEqualTo(2);
        assertThat(directory.all()).extracting(l -> l.entry().name()).containsExactly("芜湖市教育考试院", "合肥市教育考试院");
        assertThat(page("/contacts")).contains("芜湖市教育考试院", "0551-7654322").doesNotContain("乌鲁木齐市");
    }

    @Test
    void anImportWithABadRowChangesNothingAndNamesEveryBadRow() throws Exception {
        MockHttpServletResponse r = importing(workbook(List.of(new String[] {"考试机构", "芜湖", "0553-1234567"},
                new String[] {"考试机构", "", "0553-1"}, new String[] {"宾馆", "某宾馆", "0553-7654321"},
                new String[] {"考试机构", "合肥", "请打电话"})), "bad.xlsx").getResponse();
        String html = r.getContentAsString();
        assertThat(html).contains("没有导入任何数据", "名称不能为空", "应为“考试机构”或“学校照片采集”：宾馆", "联系电话不正确");
        assertThat(html).contains("<td>3</td>", "<td>4</td>", "<td>5</td>");
        assertThat(directory.all()).extracting(ContactDirectory.Line::entry).isEqualTo(before);
    }

    @Test
    void refusesATableWithoutTheColumnsAnEmptyOneAndAFileThatIsNoTable() throws Exception {
        assertThat(importing(workbook(new String[] {"姓名", "手机"}, List.of(new String[][] {{"a", "1"}})), "x.xlsx").getResponse()
                .getContentAsString()).contains("表格中没有“名称”和“联系电话”两列");
        assertThat(importing(workbook(List.of()), "empty.xlsx").getResponse().getContentAsString()).contains("表格中没有联系方式，未做改动。");
        assertThat(importing(new byte[] {1, 2, 3}, "photo.jpg").getResponse().getStatus()).isEqualTo(200);
        assertThat(importing("garbage".getBytes(), "x.xlsx").getResponse().getContentAsString()).doesNotContain("Exception");
        assertThat(directory.all()).extracting(ContactDirectory.Line::entry).isEqualTo(before);
    }

    @Test
    void theAdminAddsChangesAndRemovesALine() throws Exception {
        MockHttpServletResponse add = mvc.perform(post("/contacts/manage").param("kind", "SCHOOL_OFFICE").param("name", "示例大学学籍管理科")
                .param("phones", "０１０－１２３４５６７８").param("address", "北京市海淀区").param("hours", "工作日 8:30-17:00")
                .with(csrf()).with(user(TestData.user(admin)))).andReturn().getResponse();
        assertThat(add.getRedirectedUrl()).isEqualTo("/contacts/manage");
        ContactDirectory.Line line = directory.all().get(directory.all().size() - 1);
        assertThat(line.entry()).isEqualTo(new ContactEntry(ContactKind.SCHOOL_OFFICE, "示例大学学籍管理科", "010-12345678", "北京市海淀区",
                "工作日 8:30-17:00"));
        assertThat(page("/contacts")).contains("学校照片采集", "示例大学学籍管理科", "工作日 8:30-17:00");

        mvc.perform(post("/contacts/manage/" + line.id()).param("kind", "SCHOOL_OFFICE").param("name", "示例大学招生办")
                .param("phones", "010-87654321").with(csrf()).with(user(TestData.user(admin))));
        assertThat(page("/contacts")).contains("示例大学招生办").doesNotContain("示例大学学籍管理科");

        mvc.perform(post("/contacts/manage/" + line.id() + "/delete").with(csrf()).with(user(TestData.user(admin))));
        assertThat(page("/contacts")).doesNotContain("示例大学招生办");
        assertThat(mvc.perform(post("/contacts/manage/" + line.id() + "/delete").with(csrf()).with(user(TestData.user(admin))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void refusesALineWithoutANameOrWithWordsForAPhoneAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/contacts/manage").param("kind", "EXAM_OFFICE").param("name", "某考试院").param("phones", "找张老师")
                .with(csrf()).with(user(TestData.user(admin)))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("联系电话不正确", "value=\"某考试院\"", "value=\"找张老师\"");
        assertThatThrownBy(() -> new ContactEntry(ContactKind.EXAM_OFFICE, " ", "0991-8810121", null, null))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new ContactEntry(ContactKind.EXAM_OFFICE, "名".repeat(101), "0991-8810121", null, null))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(new ContactEntry(ContactKind.EXAM_OFFICE, "名".repeat(100), "0991-8810121", null, null).name()).hasSize(100);
        assertThatThrownBy(() -> new ContactEntry(ContactKind.EXAM_OFFICE, "x", "1234", null, null)).isInstanceOf(InvalidFieldException.class);
        assertThat(mvc.perform(post("/contacts/manage").param("kind", "NONSENSE").param("name", "x").param("phones", "0991-8810121")
                .with(csrf()).with(user(TestData.user(admin)))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theDirectoryDownloadsAsATableThatImportsBackUnchanged() throws Exception {
        byte[] xlsx = mvc.perform(get("/contacts/manage/contacts.xlsx").with(user(TestData.user(admin)))).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(importing(xlsx, "contacts.xlsx").getResponse().getRedirectedUrl()).isEqualTo("/contacts/manage");
        assertThat(directory.all()).extracting(ContactDirectory.Line::entry).isEqualTo(before);
    }

    @Test
    void onlyTheAdminManagesTheDirectory() throws Exception {
        Account reviewer = data.reviewer(data.institution("城" + System.nanoTime()));
        assertThat(mvc.perform(get("/contacts/manage").with(user(TestData.user(reviewer)))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/contacts/manage")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(post("/contacts/manage/import").with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
    }
}
