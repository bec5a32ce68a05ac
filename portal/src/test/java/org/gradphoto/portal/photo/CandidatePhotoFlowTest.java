package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.admin.AdminService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A candidate's photo through the real pages, with real photos: upload, verdict, fix, submit, refusals. */
@PortalTest
class CandidatePhotoFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    AdminService admin;

    Account candidate;

    @BeforeEach
    void setUp() {
        candidate = data.candidate(data.institution("芜湖"));
    }

    @AfterEach
    void openAgain() {
        admin.setPhotoDeadline(null);
    }

    ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/me/photo").file(new MockMultipartFile("file", name, "image/jpeg", bytes))
                .with(csrf()).with(user(TestData.user(candidate))));
    }

    String page() throws Exception {
        return mvc.perform(get("/me/photo").with(user(TestData.user(candidate)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPassingPhotoIsCheckedAtOnceAndCanBeSubmitted() throws Exception {
        upload("me.jpg", Engines.compliant("idpass/sample_id_3.png")).andExpect(redirectedUrl("/me/photo"));
        CandidatePhoto p = photos.photoOf(candidate.getId());
        assertThat(p.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(p.getCurrent().getVerdict()).isEqualTo(Verdict.PASS);
        String html = page();
        assertThat(html).contains("id=\"verdict\"", ">合格<", "未提交", CandidateVerdictPageTest.ROW_GEOM_CROWN_PASSED);
        byte[] png = mvc.perform(get("/photos/" + p.getCurrent().getId() + "/annotated").with(user(TestData.user(candidate))))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(480);
        mvc.perform(post("/me/photo/submit").with(csrf()).with(user(TestData.user(candidate))))
                .andExpect(flash().attribute("notice", "photo.notice.submitted"));
        assertThat(photos.photoOf(candidate.getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(page()).contains("待审核", "等待市级考试机构审核");
    }

    @Test
    void aFailingPhotoShowsItsFailedRulesAndAFixedVersionThatCanBeUsed() throws Exception {
        upload("phone.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
        PhotoUpload original = photos.photoOf(candidate.getId()).getCurrent();
        assertThat(original.getVerdict()).isEqualTo(Verdict.FAIL);
        assertThat(original.hasFix()).isTrue();
        String html = page();
        assertThat(html).contains(">不合格<", CandidateVerdictPageTest.ROW_FILE_FORMAT_FAILED,
                CandidateVerdictPageTest.ROW_FILE_DIMENSIONS_FAILED, "文件实际为 PNG 格式", "id=\"fix-offer\"",
                "使用修正后的照片", "这张照片有不合格项");
        // failed hard rules come first in the table
        assertThat(html.indexOf("data-status=\"FAILED\"")).isLessThan(html.indexOf("data-status=\"PASSED\""));
        byte[] fixed = mvc.perform(get("/photos/" + original.getId() + "/fixed").with(user(TestData.user(candidate))))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        var img = ImageIO.read(new ByteArrayInputStream(fixed));
        assertThat(img.getWidth()).isEqualTo(480);
        assertThat(img.getHeight()).isEqualTo(640);

        mvc.perform(post("/me/photo/" + original.getId() + "/use-fix").with(csrf()).with(user(TestData.user(candidate))))
                .andExpect(flash().attribute("notice", "photo.notice.fix_used"));
        PhotoUpload now = photos.photoOf(candidate.getId()).getCurrent();
        assertThat(now.getId()).isNotEqualTo(original.getId());
        assertThat(now.getSource()).isEqualTo(UploadSource.FIXED);
        assertThat(now.getVerdict()).isIn(Verdict.PASS, Verdict.WARNINGS);
        assertThat(now.getFileName()).isEqualTo("phone-fixed.jpg");
        assertThat(page()).contains("自动修正", CandidateVerdictPageTest.ROW_FILE_FORMAT_PASSED);
    }

    @Test
    void aPhotoOnlyANewOneCanFixSaysWhatPhotoToTake() throws Exception {
        upload("bun.jpg", Faces.bytes(Faces.shipped("hivision/test4.jpg")));
        PhotoUpload u = photos.photoOf(candidate.getId()).getCurrent();
        assertThat(u.hasFix()).isFalse();
        assertThat(u.getFixRefusal()).isEqualTo("PROPORTIONS");
        assertThat(page()).contains("id=\"fix-refused\"", "丸子头").doesNotContain("id=\"fix-offer\"");
        mvc.perform(post("/me/photo/" + u.getId() + "/use-fix").with(csrf()).with(user(TestData.user(candidate))))
                .andExpect(flash().attribute("error", "photo.error.no_fix"));
    }

    @Test
    void anUnreadableFileIsRefusedWithTheReasonAndTheEarlierPhotoStays() throws Exception {
        upload("me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        Long before = photos.photoOf(candidate.getId()).getCurrent().getId();
        upload("IMG_0001.HEIC", BadFiles.heic()).andExpect(redirectedUrl("/me/photo"))
                .andExpect(flash().attribute("unreadableEn", org.hamcrest.Matchers.containsString("HEIC")));
        byte[] random = new byte[30_000];
        new java.util.Random(3).nextBytes(random);
        upload("random.jpg", random).andExpect(flash().attributeExists("unreadableZh"));
        upload("bomb.png", BadFiles.pngBomb()).andExpect(flash().attributeExists("unreadableZh"));
        upload("empty.jpg", new byte[0]).andExpect(flash().attribute("error", "photo.error.empty"));
        assertThat(photos.photoOf(candidate.getId()).getCurrent().getId()).isEqualTo(before);
        mvc.perform(get("/me/photo").with(user(TestData.user(candidate))).flashAttr("unreadableZh", "照片是 HEIC 格式")
                        .flashAttr("unreadableEn", "HEIC"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("原来的照片没有改变")));
    }

    @Test
    void aCmykJpegIsReadAndJudgedNotRefused() throws Exception {
        upload("cmyk.jpg", BadFiles.cmykJpeg(Engines.compliant("idpass/sample_id_3.png")));
        PhotoUpload u = photos.photoOf(candidate.getId()).getCurrent();
        assertThat(u.getVerdict()).isEqualTo(Verdict.FAIL);
        assertThat(page()).contains(CandidateVerdictPageTest.ROW_FILE_COLOR_DEPTH_FAILED);
    }

    @Test
    void afterTheDeadlineNothingCanBeUploadedOrSubmitted() throws Exception {
        upload("me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        admin.setPhotoDeadline(LocalDateTime.of(2020, 1, 1, 0, 0));
        upload("me2.jpg", Engines.compliant("idpass/sample_id_2.png")).andExpect(flash().attribute("error", "photo.error.deadline"));
        mvc.perform(post("/me/photo/submit").with(csrf()).with(user(TestData.user(candidate))))
                .andExpect(flash().attribute("error", "photo.error.deadline"));
        assertThat(page()).contains("id=\"closed\"", "照片上传已截止").doesNotContain("id=\"upload\"");
    }

    @Test
    void beforeTheDeadlineThePageSaysWhenItCloses() throws Exception {
        admin.setPhotoDeadline(LocalDateTime.of(2099, 6, 30, 17, 0));
        assertThat(page()).contains("照片上传截止时间：2099-06-30 17:00", "id=\"upload\"");
    }

    @Test
    void submittingWithoutAPhotoOrTwiceIsRefused() throws Exception {
        mvc.perform(post("/me/photo/submit").with(csrf()).with(user(TestData.user(candidate))))
                .andExpect(flash().attribute("error", "photo.error.nothing_to_submit"));
        upload("me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        mvc.perform(post("/me/photo/submit").with(csrf()).with(user(TestData.user(candidate))));
        mvc.perform(post("/me/photo/submit").with(csrf()).with(user(TestData.user(candidate))))
                .andExpect(flash().attribute("error", "photo.error.already_submitted"));
    }
}
