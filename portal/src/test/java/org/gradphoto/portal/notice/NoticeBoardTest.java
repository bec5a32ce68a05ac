package org.gradphoto.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.gradphoto.portal.PortalTime;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * 通知公告 through real requests: publishing with dates, audience and attachments, what each reader is shown, the
 * view count, withdrawal, and every refusal with its message and the typed text kept.
 */
@PortalTest
class NoticeBoardTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    NoticeRepository notices;

    Account admin;
    Institution office;
    Account reviewer;
    Account ownCandidate;
    Account otherCandidate;
    String tag;

    @BeforeEach
    void setUp() {
        admin = data.staff(Role.ADMIN);
        office = data.institution("城" + System.nanoTime());
        reviewer = data.reviewer(office);
        ownCandidate = data.candidate(office);
        otherCandidate = data.candidate(data.institution("城" + System.nanoTime()));
        tag = "#" + System.nanoTime();
    }

    MockMultipartHttpServletRequestBuilder form(Account author, String title, String body) {
        MockMultipartHttpServletRequestBuilder b = multipart("/notices/manage");
        b.param("title", title).param("body", body).with(csrf()).with(user(TestData.user(author)));
        return b;
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b).andReturn().getResponse();
    }

    Long idOf(String title) {
        return notices.findAll().stream().filter(n -> n.getTitle().equals(title)).findFirst().orElseThrow().getId();
    }

    String page(String path, Account who) throws Exception {
        MockHttpServletRequestBuilder b = get(path);
        if (who != null) {
            b.with(user(TestData.user(who)));
        }
        return send(b).getContentAsString();
    }

    int status(String path, Account who) throws Exception {
        MockHttpServletRequestBuilder b = get(path);
        if (who != null) {
            b.with(user(TestData.user(who)));
        }
        return send(b).getStatus();
    }

    static String day(int fromToday) {
        return LocalDate.now(PortalTime.ZONE).plusDays(fromToday).toString();
    }

    @Test
    void aNoticeToEveryoneIsListedOnTheLandingPageReadByVisitorsWithItsAttachmentAndCountsEachReading() throws Exception {
        String title = "关于做好毕业生图像采集工作的通知" + tag;
        MockHttpServletResponse r = send(form(admin, title, "第一段：按要求上传照片。\n\n第二段：截止日期见附件。")
                .file(new MockMultipartFile("files", "采集安排.pdf", "application/pdf", PDF)));
        assertThat(r.getRedirectedUrl()).isEqualTo("/notices/manage");
        Long id = idOf(title);

        assertThat(page("/", null)).contains(title, "href=\"/notices/" + id + "\"", "href=\"/notices\"", "href=\"/contacts\"");
        assertThat(page("/notices", null)).contains(title, "系统管理员", "浏览量：0");
        String shown = page("/notices/" + id, null);
        assertThat(shown).contains(title, "第一段：按要求上传照片。", "第二段：截止日期见附件。", "发布单位：系统管理员", "浏览量：1",
                "采集安排.pdf", "href=\"/notices/" + id + "/files/0\"");
        assertThat(page("/notices/" + id, otherCandidate)).contains("浏览量：2");
        assertThat(notices.findById(id).orElseThrow().getViews()).isEqualTo(2);

        MockHttpServletResponse file = send(get("/notices/" + id + "/files/0"));
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(status("/notices/" + id + "/files/1", null)).isEqualTo(404);
        assertThat(status("/notices/" + id + "/files/-1", null)).isEqualTo(404);
        assertThat(page("/?lang=en", null)).contains("Latest notices");
    }

    @Test
    void aNoticeToOneInstitutionIsReadOnlyByItsPeople() throws Exception {
        String title = "本单位考生须知" + tag;
        send(form(reviewer, title, "只给本单位考生看。").param("audience", office.getId().toString()));
        Long id = idOf(title);

        assertThat(page("/notices", ownCandidate)).contains(title, "（面向" + office.getNameZh() + "）");
        assertThat(status("/notices/" + id, ownCandidate)).isEqualTo(200);
        assertThat(page("/notices", null)).doesNotContain(title);
        assertThat(page("/", null)).doesNotContain(title);
        assertThat(page("/notices", otherCandidate)).doesNotContain(title);
        assertThat(status("/notices/" + id, null)).isEqualTo(404);
        assertThat(status("/notices/" + id, otherCandidate)).isEqualTo(404);
        assertThat(status("/notices/" + id, admin)).isEqualTo(200);
        // the publisher's name is the office's
        assertThat(page("/notices/" + id, ownCandidate)).contains("发布单位：" + office.getNameZh());
    }

    @Test
    void anOfficeMayNotPublishToAnotherInstitution() throws Exception {
        String title = "越权通知" + tag;
        String html = send(form(reviewer, title, "正文").param("audience", otherCandidate.getInstitution().getId().toString()))
                .getContentAsString();
        assertThat(html).contains("只能向本单位或所有人发布。", title, "正文");
        assertThat(notices.findAll()).noneMatch(n -> n.getTitle().equals(title));
    }

    @Test
    void aScheduledNoticeWaitsAnExpiredOneIsGoneAndThePublisherSeesBothWithTheirState() throws Exception {
        String later = "明天发布" + tag;
        String past = "已过期" + tag;
        send(form(admin, later, "明天见。").param("publishOn", day(1)));
        send(form(admin, past, "过期了。").param("publishOn", day(-10)).param("expireOn", day(-1)));
        Long laterId = idOf(later);

        assertThat(page("/notices", null)).doesNotContain(later, past);
        assertThat(status("/notices/" + laterId, null)).isEqualTo(404);
        String mine = page("/notices/manage", admin);
        assertThat(mine).contains(later, past, "待发布", "已过期", "至 " + day(-1));
        // the publisher may preview a scheduled notice; it is not counted as a reading
        assertThat(page("/notices/" + laterId, admin)).contains("明天见。", "浏览量：0");
    }

    @Test
    void aWithdrawnNoticeIsGoneForReadersAndCannotBeWithdrawnTwice() throws Exception {
        String title = "要撤回的通知" + tag;
        send(form(admin, title, "错发了。"));
        Long id = idOf(title);
        MvcResult w = mvc.perform(post("/notices/manage/" + id + "/withdraw").with(csrf()).with(user(TestData.user(admin)))).andReturn();
        assertThat(w.getResponse().getRedirectedUrl()).isEqualTo("/notices/manage");
        assertThat(w.getFlashMap().get("notice")).isEqualTo("notice.withdrawn");
        assertThat(status("/notices/" + id, null)).isEqualTo(404);
        assertThat(page("/notices", null)).doesNotContain(title);
        assertThat(page("/notices/manage", admin)).contains(title, "已撤回");
        MvcResult again = mvc.perform(post("/notices/manage/" + id + "/withdraw").with(csrf()).with(user(TestData.user(admin)))).andReturn();
        assertThat(again.getFlashMap().get("error")).isEqualTo("notice.error.withdrawn");
        // someone else's notice is not theirs to withdraw
        String office = "别人的通知" + tag;
        send(form(admin, office, "管理员发的。"));
        MockHttpServletResponse theirs = send(post("/notices/manage/" + idOf(office) + "/withdraw").with(csrf())
                .with(user(TestData.user(reviewer))));
        assertThat(theirs.getStatus()).isEqualTo(404);
        assertThat(status("/notices/" + idOf(office), null)).isEqualTo(200);
    }

    @Test
    void refusesAnEmptyOrOverlongTitleABadDateAnEndBeforeTheStartAndKeepsWhatWasTyped() throws Exception {
        assertThat(send(form(admin, "  ", "正文" + tag)).getContentAsString()).contains("请填写标题。", "正文" + tag);
        assertThat(send(form(admin, "长".repeat(101), "正文")).getContentAsString()).contains("标题不能超过 100 个字。");
        assertThat(send(form(admin, "标题" + tag, " ")).getContentAsString()).contains("请填写正文。", "标题" + tag);
        assertThat(send(form(admin, "标题" + tag, "字".repeat(20_001))).getContentAsString()).contains("正文不能超过 20000 个字。");
        assertThat(send(form(admin, "标题" + tag, "正文").param("publishOn", "2026-13-45")).getContentAsString())
                .contains("日期格式不正确");
        assertThat(send(form(admin, "标题" + tag, "正文").param("publishOn", day(5)).param("expireOn", day(1)))
                .getContentAsString()).contains("截止显示日期须晚于发布日期。");
        assertThat(notices.findAll()).noneMatch(n -> n.getTitle().equals("标题" + tag));
        // a title exactly 100 characters long is fine
        String hundred = tag + "长".repeat(100 - tag.length());
        assertThat(send(form(admin, hundred, "正文")).getRedirectedUrl()).isEqualTo("/notices/manage");
    }

    @Test
    void refusesAProgramAsAttachmentAndASixthAttachment() throws Exception {
        byte[] exe = {'M', 'Z', 0, 0, 1, 2, 3};
        assertThat(send(form(admin, "带程序" + tag, "正文").file(new MockMultipartFile("files", "setup.pdf", "application/pdf", exe)))
                .getContentAsString()).contains("附件只能是 PDF、JPG、PNG、Word 或 Excel 文件。", "带程序" + tag);
        MockMultipartHttpServletRequestBuilder six = form(admin, "六个附件" + tag, "正文");
        for (int i = 0; i < 6; i++) {
            six.file(new MockMultipartFile("files", "f" + i + ".pdf", "application/pdf", PDF));
        }
        assertThat(send(six).getContentAsString()).contains("最多只能上传 5 个附件。");
        assertThat(notices.findAll()).noneMatch(n -> n.getTitle().endsWith(tag));
    }

    @Test
    void showsHostileTextAsTextAndKeepsOnlyTheFileNameOfAPath() throws Exception {
        String title = "<script>alert(1)</script>" + tag;
        send(form(admin, title, "<img src=x onerror=alert(2)>")
                .file(new MockMultipartFile("files", "..\\..\\etc/evil\".pdf", "application/pdf", PDF)));
        Long id = idOf(title);
        String html = page("/notices/" + id, null);
        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "evil.pdf");
        assertThat(send(get("/notices/" + id + "/files/0")).getHeader("Content-Disposition")).doesNotContain("..", "/");
    }

    @Test
    void onlyStaffPublish() throws Exception {
        assertThat(status("/notices/manage", ownCandidate)).isEqualTo(403);
        assertThat(send(get("/notices/manage")).getRedirectedUrl()).endsWith("/login");
        assertThat(send(form(ownCandidate, "考生发通知" + tag, "正文")).getStatus()).isEqualTo(403);
        assertThat(page("/notices/manage", reviewer)).contains("发布通知", office.getNameZh());
        assertThat(status("/notices/abc", null)).isEqualTo(400);
        assertThat(status("/notices/999999999", null)).isEqualTo(404);
        assertThat(Arrays.asList(200)).contains(status("/notices?page=-3", null));
    }
}
