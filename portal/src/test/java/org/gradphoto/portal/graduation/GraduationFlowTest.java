package org.gradphoto.portal.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.graduation.GraduationData.World;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.prior.PriorDegreeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A graduation application through the real pages: draft, exemption, substitution, save, every step, return. */
@PortalTest
class GraduationFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GraduationData data;
    @Autowired
    TestData testData;
    @Autowired
    GraduationService graduation;
    @Autowired
    PriorDegreeService priorDegrees;
    @Autowired
    OfficeService office;
    @Autowired
    GraduationApplicationRepository applications;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    World w;

    @BeforeEach
    void setUp() {
        w = data.world();
    }

    MockHttpServletRequestBuilder as(Account a, MockHttpServletRequestBuilder r) {
        return r.with(user(TestData.user(a))).with(csrf());
    }

    ResultActions perform(Account a, MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(as(a, r));
    }

    String page(Account a, String path) throws Exception {
        return mvc.perform(get(path).with(user(TestData.user(a)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void thePageListsEveryBlockerAtOnceBeforeTheCandidateTriesToSave() throws Exception {
        // a candidate with no approved photo and no prior degree, whose courses are not met yet
        Account c = testData.candidate(w.institution());
        var ticket = data.ticket(c, "3402" + String.format("%08d", System.nanoTime() % 100_000_000L));
        GraduationApplication a = graduation.start(c.getId(), w.round().getId(), w.major().getId(), ticket.getId());
        String html = page(c, "/me/graduation/applications/" + a.getId());
        assertThat(html).contains("须先通过照片审核（审核通过）才能申请毕业。", "申请本科毕业须先提交前置学历。",
                "13000 英语（专升本）：未通过，请选择免考或替代课程。").doesNotContain("可以保存申请");
        // the world's candidate, photo approved and prior degree verified, sees the plan's problems only, then none
        Long id = startApplication();
        assertThat(page(w.candidate(), "/me/graduation/applications/" + id)).doesNotContain("须先通过照片审核")
                .contains("未通过，请选择免考或替代课程");
    }

    Long startApplication() throws Exception {
        String location = perform(w.candidate(), post("/me/graduation/applications").param("round", w.round().getId().toString())
                .param("major", w.major().getId().toString()).param("ticket", w.ticket().getId().toString()))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    /** CET-4 exempts 13000, 00020 stands in for 00023, contact details: complete. */
    void complete(Long id) throws Exception {
        String base = "/me/graduation/applications/" + id;
        perform(w.candidate(), post(base + "/qualifications").param("kind", "CET").param("grade", "4"))
                .andExpect(flash().attribute("notice", "application.notice.saved"));
        perform(w.candidate(), multipart(base + "/items/13000/exempt").file(new MockMultipartFile("file", "cet.pdf",
                "application/pdf", GraduationData.PDF)).param("qualification", "CET:4"))
                .andExpect(flash().attribute("notice", "application.notice.exempted"));
        perform(w.candidate(), post(base + "/items/00023/substitute").param("substitution", w.substitution().getId().toString()))
                .andExpect(flash().attribute("notice", "application.notice.substituted"));
        perform(w.candidate(), post(base + "/contact").param("phone", "13800138000").param("address", "芜湖市镜湖区"))
                .andExpect(flash().attribute("notice", "application.notice.saved"));
    }

    /** Saves the application; a refusal fails the test with its reason. */
    void submit(Long id) throws Exception {
        var flash = perform(w.candidate(), post("/me/graduation/applications/" + id + "/submit")).andReturn().getFlashMap();
        assertThat(flash.get("error")).as("refusal").isNull();
        assertThat(flash.get("notice")).isEqualTo("application.notice.submitted");
    }

    @Test
    void theCandidateSeesTheirTicketsResultsAndThePlanWithWhatIsMissing() throws Exception {
        String overview = page(w.candidate(), "/me/graduation");
        assertThat(overview).contains(w.ticket().getNumber(), "中级财务会计", "已核验");
        Long id = startApplication();
        String html = page(w.candidate(), "/me/graduation/applications/" + id);
        assertThat(html).contains("data-course=\"00155\" data-resolution=\"PASSED\"", "data-course=\"13000\" data-resolution=\"MISSING\"",
                "13000 英语（专升本）：未通过", "学分不足：已获 10，要求 27", "请填写联系电话和通讯地址");
        // the substitution is offered; no exemption is offered before a qualification is declared
        assertThat(html).contains("substitute-form").doesNotContain("exempt-form");
        perform(w.candidate(), post("/me/graduation/applications/" + id + "/qualifications").param("kind", "CET").param("grade", "4"));
        assertThat(page(w.candidate(), "/me/graduation/applications/" + id)).contains("exempt-form", "大学英语四级 · 依据第二、1.（3）条");
    }

    @Test
    void savingAnIncompleteApplicationSaysWhy() throws Exception {
        Long id = startApplication();
        perform(w.candidate(), post("/me/graduation/applications/" + id + "/submit"))
                .andExpect(flash().attribute("error", "application.error.incomplete"));
        assertThat(applications.findById(id).orElseThrow().getStatus()).isEqualTo(AppStatus.DRAFT);
    }

    @Test
    void goesThroughEveryStepToTheCertificateWithOneReturnOnTheWay() throws Exception {
        Long id = startApplication();
        complete(id);
        submit(id);
        GraduationApplication a = applications.findById(id).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(AppStatus.ACCEPTED);

        // the city office sees it waiting, with the rule cited for the exemption
        assertThat(page(w.city(), "/office/applications")).contains("data-application=\"" + id + "\"");
        String detail = page(w.city(), "/office/applications/" + id);
        assertThat(detail).contains("依据第二、1.（3）条", "如需用大学英语四六级合格证书免考", "以 00020 高等数学（一） 替代", "id=\"advance\"");
        decide(w.city(), id, "ADVANCE", null);
        // the province returns it; the candidate sees why, corrects and saves again
        decide(w.province(), id, "RETURN", "四级证书图片不清晰");
        assertThat(page(w.candidate(), "/me/graduation/applications/" + id)).contains("id=\"returned\"", "四级证书图片不清晰");
        perform(w.candidate(), multipart("/me/graduation/applications/" + id + "/items/13000/exempt").file(new MockMultipartFile("file",
                "cet.jpg", "image/jpeg", Engines.compliant("idpass/sample_id_3.png"))).param("qualification", "CET:4"))
                .andExpect(flash().attribute("notice", "application.notice.exempted"));
        submit(id);
        decide(w.city(), id, "ADVANCE", null);
        decide(w.province(), id, "ADVANCE", null);
        decide(w.province(), id, "ADVANCE", null);
        decide(w.province(), id, "HOLD", "学信网核验：前置学历信息待确认");
        assertThat(page(w.candidate(), "/me/graduation/applications/" + id)).contains("id=\"held\"", "前置学历信息待确认");
        decide(w.province(), id, "RESOLVE", "已确认");
        decide(w.province(), id, "ADVANCE", null);
        decide(w.province(), id, "ADVANCE", null);
        decide(w.city(), id, "ADVANCE", null);
        a = applications.findById(id).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(AppStatus.CERTIFICATE_READY);
        assertThat(page(w.candidate(), "/me/graduation/applications/" + id)).contains("证书可领取");
        String audit = page(w.city(), "/office/applications/" + id);
        assertThat(audit).contains("四级证书图片不清晰", "已受理 → 市级初审通过", "电子注册完成 → 证书可领取");
        assertThat((int) tx.execute(st -> applications.findById(id).orElseThrow().getDecisions().size())).isEqualTo(12);
    }

    @Test
    void theCityReviewWaitsForTheDiplomaToBeVerifiedAndSaysSo() throws Exception {
        Account c = data.withApprovedPhoto(w.institution(), w.city());
        var p = priorDegrees.recordPriorDegree(c.getId(), PriorDegree.Kind.DIPLOMA, "安徽商贸职业技术学院", "9876543210987",
                java.time.LocalDate.of(2015, 6, 30), GraduationData.PDF);
        org.gradphoto.portal.graduation.ticket.ExamTicket t = data.ticket(c, "3402" + (10_000_000 + (int) (Math.random() * 80_000_000)));
        GraduationApplication a = data.completeApplication(w, c, t);
        graduation.submit(c.getId(), a.getId());
        assertThat(applications.findById(a.getId()).orElseThrow().getStatus()).isEqualTo(AppStatus.ACCEPTED);

        String detail = page(w.city(), "/office/applications/" + a.getId());
        assertThat(detail).contains("id=\"waits-for-prior\"", "前置学历尚未核验通过，核验通过后才能通过市级初审").doesNotContain("id=\"advance\"");
        long version = applications.findById(a.getId()).orElseThrow().getVersion();
        perform(w.city(), post("/office/applications/" + a.getId() + "/decide").param("version", String.valueOf(version))
                .param("action", "ADVANCE")).andExpect(flash().attribute("error", "app.error.prior_unverified"));
        assertThat(applications.findById(a.getId()).orElseThrow().getStatus()).isEqualTo(AppStatus.ACCEPTED);

        office.decidePriorDegree(w.city().getId(), p.getId(), p.getVersion(), true, null);
        assertThat(page(w.city(), "/office/applications/" + a.getId())).contains("id=\"advance\"").doesNotContain("id=\"waits-for-prior\"");
        decide(w.city(), a.getId(), "ADVANCE", null);
        assertThat(applications.findById(a.getId()).orElseThrow().getStatus()).isEqualTo(AppStatus.CITY_APPROVED);
    }

    void decide(Account office, Long id, String action, String reason) throws Exception {
        long version = applications.findById(id).orElseThrow().getVersion();
        MockHttpServletRequestBuilder r = post("/office/applications/" + id + "/decide").param("version", String.valueOf(version))
                .param("action", action);
        if (reason != null) {
            r.param("reason", reason);
        }
        perform(office, r).andExpect(flash().attribute("notice", "office.notice." + action.toLowerCase()));
    }

    @Test
    void aStepOfAnotherRoleOrAnotherCityIsRefused() throws Exception {
        Long id = startApplication();
        complete(id);
        perform(w.candidate(), post("/me/graduation/applications/" + id + "/submit"));
        long v = applications.findById(id).orElseThrow().getVersion();
        perform(w.province(), post("/office/applications/" + id + "/decide").param("version", String.valueOf(v)).param("action", "ADVANCE"))
                .andExpect(flash().attribute("error", "application.error.not_your_step"));
        World other = data.world();
        mvc.perform(get("/office/applications/" + id).with(user(TestData.user(other.city())))).andExpect(status().isNotFound());
        perform(other.city(), post("/office/applications/" + id + "/decide").param("version", String.valueOf(v)).param("action", "ADVANCE"))
                .andExpect(status().isNotFound());
        assertThat(applications.findById(id).orElseThrow().getStatus()).isEqualTo(AppStatus.ACCEPTED);
        // nor can another candidate see or change it
        mvc.perform(get("/me/graduation/applications/" + id).with(user(TestData.user(other.candidate())))).andExpect(status().isNotFound());
        mvc.perform(get("/graduation/applications/" + id + "/items/13000/evidence").with(user(TestData.user(other.candidate()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/graduation/applications/" + id + "/items/13000/evidence").with(user(TestData.user(w.city()))))
                .andExpect(status().isOk());
    }

    @Test
    void twoOfficersDecidingAtOnceLeaveOneDecision() throws Exception {
        Long id = startApplication();
        complete(id);
        submit(id);
        Account second = new TestDataAccess(data).reviewerOf(w.institution());
        long version = applications.findById(id).orElseThrow().getVersion();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Account officer : List.of(w.city(), second)) {
            outcomes.add(two.submit(() -> {
                go.await();
                try {
                    office.decide(officer.getId(), id, version, OfficeService.Action.ADVANCE, null);
                    return "ok";
                } catch (RefusedException e) {
                    return e.messageKey();
                }
            }));
        }
        go.countDown();
        List<String> got = new ArrayList<>();
        for (Future<String> f : outcomes) {
            got.add(f.get());
        }
        two.shutdown();
        assertThat(got).containsExactlyInAnyOrder("ok", "app.error.already_decided");
        GraduationApplication a = applications.findById(id).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(AppStatus.CITY_APPROVED);
        assertThat((int) tx.execute(st -> applications.findById(id).orElseThrow().getDecisions().size())).isEqualTo(2);
    }

    @Test
    void attachmentsMustBeJpgOrPdfOfAtMostFourMegabytes() throws Exception {
        Long id = startApplication();
        String base = "/me/graduation/applications/" + id;
        perform(w.candidate(), post(base + "/qualifications").param("kind", "CET").param("grade", "4"));
        perform(w.candidate(), multipart(base + "/items/13000/exempt").file(new MockMultipartFile("file", "cet.png", "image/png",
                org.gradphoto.engine.testing.Faces.bytes(org.gradphoto.engine.testing.Faces.shipped("idpass/sample_id_1.png"))))
                .param("qualification", "CET:4")).andExpect(flash().attribute("error", "file.error.type"));
        byte[] big = new byte[4 * 1024 * 1024 + 1];
        System.arraycopy(GraduationData.PDF, 0, big, 0, GraduationData.PDF.length);
        perform(w.candidate(), multipart(base + "/items/13000/exempt").file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                .param("qualification", "CET:4")).andExpect(flash().attribute("error", "file.error.size"));
        perform(w.candidate(), multipart(base + "/items/13000/exempt").param("qualification", "CET:4"))
                .andExpect(flash().attribute("error", "file.error.empty"));
        // a qualification the rules do not accept for the course
        perform(w.candidate(), post(base + "/qualifications").param("have", "CET:4").param("kind", "PETS").param("grade", "3"));
        perform(w.candidate(), multipart(base + "/items/13000/exempt").file(new MockMultipartFile("file", "p.pdf", "application/pdf",
                GraduationData.PDF)).param("qualification", "PETS:3")).andExpect(flash().attribute("error", "application.error.not_exempt"));
    }

    @Test
    void aReasonLongerThanItsColumnIsRefusedWithOneMessageByEveryOfficeDecision() throws Exception {
        String tooLong = "原".repeat(501);
        // the application: a return with 501 characters
        Long id = startApplication();
        complete(id);
        submit(id);
        long v = applications.findById(id).orElseThrow().getVersion();
        perform(w.city(), post("/office/applications/" + id + "/decide").param("version", String.valueOf(v))
                .param("action", "RETURN").param("reason", tooLong))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "decision.error.reason_long"));
        assertThat(applications.findById(id).orElseThrow().getStatus()).isEqualTo(AppStatus.ACCEPTED);
        // the prior degree: a rejection with 501 characters
        Account second = new TestDataAccess(data).candidateWithoutPhoto(w.institution());
        PriorDegree prior = priorDegrees.recordPriorDegree(second.getId(), PriorDegree.Kind.DIPLOMA, "安徽商贸职业技术学院",
                "1234567890124", LocalDate.of(2015, 6, 30), GraduationData.PDF);
        perform(w.city(), post("/office/prior-degrees/" + prior.getId() + "/decide").param("version", String.valueOf(prior.getVersion()))
                .param("verify", "false").param("reason", tooLong))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "decision.error.reason_long"));
        // without any reason it says to give one (not the photo review's "其他" sentence)
        perform(w.city(), post("/office/prior-degrees/" + prior.getId() + "/decide").param("version", String.valueOf(prior.getVersion()))
                .param("verify", "false").param("reason", "  "))
                .andExpect(flash().attribute("error", "decision.error.reason_required"));
        assertThat(office.pendingPriorDegrees(w.city().getId())).extracting(PriorDegree::getId).contains(prior.getId());
        // the ticket merge: a refusal with 501 characters; exactly 500 is kept
        var other = data.ticket(w.candidate(), "3405" + System.nanoTime() % 100000000);
        perform(w.candidate(), post("/me/graduation/merges").param("from", other.getId().toString()).param("into", w.ticket().getId().toString()))
                .andExpect(flash().attribute("notice", "ticket.notice.requested"));
        var merge = office.pendingMerges(w.city().getId()).stream().filter(m -> m.getFrom().getId().equals(other.getId())).findFirst().orElseThrow();
        perform(w.city(), post("/office/merges/" + merge.getId() + "/decide").param("version", String.valueOf(merge.getVersion()))
                .param("approve", "false").param("reason", tooLong))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "decision.error.reason_long"));
        perform(w.city(), post("/office/merges/" + merge.getId() + "/decide").param("version", String.valueOf(merge.getVersion()))
                .param("approve", "false").param("reason", " " + "原".repeat(500) + " "))
                .andExpect(flash().attribute("notice", "ticket.notice.refused"));
    }

    @Test
    void withoutAnApprovedPhotoThereIsNoApplication() throws Exception {
        Account noPhoto = new TestDataAccess(data).candidateWithoutPhoto(w.institution());
        var ticket = data.ticket(noPhoto, "3403" + System.nanoTime() % 100000000);
        var a = graduation.start(noPhoto.getId(), w.round().getId(), w.major().getId(), ticket.getId());
        graduation.declareQualifications(noPhoto.getId(), a.getId(), List.of("CET:4"));
        graduation.exempt(noPhoto.getId(), a.getId(), "13000", "CET:4", GraduationData.PDF);
        graduation.substitute(noPhoto.getId(), a.getId(), "00023", w.substitution().getId());
        graduation.updateContact(noPhoto.getId(), a.getId(), "13800138000", "芜湖", null, null);
        perform(noPhoto, post("/me/graduation/applications/" + a.getId() + "/submit"))
                .andExpect(flash().attribute("error", "application.error.photo"));
    }

    @Test
    void aTicketMergeGoesToTheCityOfficeAndThenOnlyTheMergedNumberApplies() throws Exception {
        var second = data.ticket(w.candidate(), "3404" + System.nanoTime() % 100000000);
        perform(w.candidate(), post("/me/graduation/merges").param("from", second.getId().toString()).param("into", w.ticket().getId().toString()))
                .andExpect(flash().attribute("notice", "ticket.notice.requested"));
        perform(w.candidate(), post("/me/graduation/merges").param("from", second.getId().toString()).param("into", w.ticket().getId().toString()))
                .andExpect(flash().attribute("error", "ticket.error.pending"));
        var merge = office.pendingMerges(w.city().getId()).stream().filter(m -> m.getFrom().getId().equals(second.getId())).findFirst().orElseThrow();
        // merges are the city office's: to the province this one does not exist
        perform(w.province(), post("/office/merges/" + merge.getId() + "/decide").param("version", "0").param("approve", "true"))
                .andExpect(status().isNotFound());
        perform(w.city(), post("/office/merges/" + merge.getId() + "/decide").param("version", String.valueOf(merge.getVersion()))
                .param("approve", "true")).andExpect(flash().attribute("notice", "ticket.notice.merged"));
        perform(w.city(), post("/office/merges/" + merge.getId() + "/decide").param("version", String.valueOf(merge.getVersion()))
                .param("approve", "true")).andExpect(flash().attribute("error", "merge.error.already_decided"));
        perform(w.candidate(), post("/me/graduation/applications").param("round", w.round().getId().toString())
                .param("major", w.major().getId().toString()).param("ticket", second.getId().toString()))
                .andExpect(flash().attribute("error", "ticket.error.merged"));
        assertThat(page(w.candidate(), "/me/graduation")).contains("已合并到 " + w.ticket().getNumber());
    }

    @Test
    void theOfficeExportsItsListToExcel() throws Exception {
        Long id = startApplication();
        complete(id);
        submit(id);
        byte[] xlsx = mvc.perform(get("/office/applications.xlsx").with(user(TestData.user(w.city())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(String.valueOf(id))) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(7).getStringCellValue()).isEqualTo("已受理");
                    // staff exports carry the full ID number, to match with the office's own lists
                    assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).doesNotContain("*").hasSize(18);
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theRegistrationFormIsValidatedAndPrinted() throws Exception {
        Long id = startApplication();
        String base = "/me/graduation/applications/" + id + "/form";
        perform(w.candidate(), post(base).param("from", "2015-09", "2018-10").param("to", "2018-06", "").param("place", "安徽大学", "待业")
                .param("role", "学生", "").param("self", "短"))
                // the gap, the short self-evaluation, no ethnic group, no political status: every problem at once
                .andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasSize(4)));
        mvc.perform(get(base + ".pdf").with(user(TestData.user(w.candidate())))).andExpect(status().isConflict());
        perform(w.candidate(), post(base).param("from", "2015-09", "2018-07").param("to", "2018-06", "").param("place", "安徽大学", "待业")
                .param("role", "学生", "").param("self", "在校期间认真学习专业知识，遵守纪律，团结同学，积极参加社会实践。")
                .param("ethnicity", "回族").param("politicalStatus", "共青团员")
                // a resident ID card says the sex and birth month: what is typed instead is not taken
                .param("sex", "外星").param("birthMonth", "1880-01"))
                .andExpect(flash().attribute("notice", "form.notice.saved"));
        var idNumber = org.gradphoto.engine.identity.IdNumber.of(w.candidate().getIdNumber());
        String saved = page(w.candidate(), base);
        assertThat(saved).contains("id=\"sex-from-id\"", (idNumber.male() ? "男" : "女") + "（按身份证号码）",
                java.time.YearMonth.from(idNumber.birthDate()) + "（按身份证号码）", "<option value=\"回族\" selected=\"selected\">",
                "<option value=\"共青团员\" selected=\"selected\">");
        var pdf = mvc.perform(get(base + ".pdf").with(user(TestData.user(w.candidate())))).andReturn().getResponse();
        if (pdf.getStatus() == 200) {
            assertThat(pdf.getContentType()).isEqualTo("application/pdf");
            assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        } else {
            // no CJK font on this machine: a clear 503, never a 500
            assertThat(pdf.getStatus()).isEqualTo(503);
        }
    }
}
