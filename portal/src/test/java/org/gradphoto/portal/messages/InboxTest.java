package org.gradphoto.portal.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gradphoto.portal.photo.RejectReason;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.graduation.GraduationApplication;
import org.gradphoto.portal.graduation.GraduationData;
import org.gradphoto.portal.graduation.GraduationService;
import org.gradphoto.portal.graduation.OfficeService;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 我的消息: every office decision on a candidate's photo and graduation reaches them once, in their words. */
@PortalTest
class InboxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    GraduationData graduationData;
    @Autowired
    PhotoService photos;
    @Autowired
    ReviewService reviews;
    @Autowired
    GraduationService graduation;
    @Autowired
    OfficeService office;
    @Autowired
    Inbox inbox;

    String page(Account a, String path, Locale locale) throws Exception {
        return mvc.perform(get(path).locale(locale).with(user(TestData.user(a)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    CandidatePhoto submitted(Account candidate) {
        photos.upload(candidate.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        photos.submit(candidate.getId());
        return photos.photoOf(candidate.getId());
    }

    void awaitUnread(Account a, long n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox.unread(a.getId()) == n);
    }

    @Test
    void aRejectedPhotoIsToldWithTheReasonAndWhatToDoAndIsReadOnceOpened() throws Exception {
        Institution inst = data.institution("城" + System.nanoTime());
        Account candidate = data.candidate(inst);
        CandidatePhoto p = submitted(candidate);
        reviews.reject(data.reviewer(inst).getId(), p.getId(), p.getVersion(), RejectReason.OTHER, "衣领遮住了下巴");
        awaitUnread(candidate, 1);

        String before = page(candidate, "/me/photo", Locale.SIMPLIFIED_CHINESE);
        assertThat(before).contains("我的消息（1条未读）");
        String box = page(candidate, "/me/messages", Locale.SIMPLIFIED_CHINESE);
        assertThat(box).contains("照片审核未通过", "原因：其他。衣领遮住了下巴。请按要求重新拍摄或修正后再上传", "未读",
                "href=\"/me/photo\"");
        assertThat(inbox.unread(candidate.getId())).isZero();
        String again = page(candidate, "/me/messages?lang=en", Locale.ENGLISH);
        assertThat(again).contains("Photo rejected", "Your photo was rejected: Other. 衣领遮住了下巴。")
                .doesNotContain(">new<");
        assertThat(page(candidate, "/me/photo", Locale.SIMPLIFIED_CHINESE)).doesNotContain("条未读");
    }

    @Test
    void anApprovalIsToldAndNoOtherCandidateSeesIt() throws Exception {
        Institution inst = data.institution("城" + System.nanoTime());
        Account candidate = data.candidate(inst);
        Account other = data.candidate(inst);
        CandidatePhoto p = submitted(candidate);
        reviews.approve(data.reviewer(inst).getId(), p.getId(), p.getVersion());
        awaitUnread(candidate, 1);

        assertThat(page(candidate, "/me/messages", Locale.SIMPLIFIED_CHINESE)).contains("照片审核通过", "无需再上传");
        String theirs = page(other, "/me/messages", Locale.SIMPLIFIED_CHINESE);
        assertThat(theirs).contains("暂无消息").doesNotContain("照片审核通过");
    }

    @Test
    void everyStepOfTheGraduationChainAndItsReturnReachTheCandidate() throws Exception {
        GraduationData.World w = graduationData.world();
        // the world's candidate already had the photo approved and the prior degree verified
        awaitUnread(w.candidate(), 2);
        GraduationApplication a = graduationData.completeApplication(w, w.candidate(), w.ticket());
        graduation.submit(w.candidate().getId(), a.getId());
        GraduationApplication saved = office.application(w.city().getId(), a.getId());
        office.decide(w.city().getId(), a.getId(), saved.getVersion(), OfficeService.Action.ADVANCE, null);
        saved = office.application(w.province().getId(), a.getId());
        office.decide(w.province().getId(), a.getId(), saved.getVersion(), OfficeService.Action.RETURN, "四级证书图片不清晰");
        awaitUnread(w.candidate(), 4);

        String box = page(w.candidate(), "/me/messages", Locale.SIMPLIFIED_CHINESE);
        assertThat(box).contains("毕业申请已退回", "您的会计专业毕业申请已退回，原因：四级证书图片不清晰。请修改后重新保存申请。",
                "毕业申请进度：市级初审通过", "前置学历核验通过", "照片审核通过",
                "href=\"/me/graduation/applications/" + a.getId() + "\"");
        // newest first
        assertThat(box.indexOf("毕业申请已退回")).isLessThan(box.indexOf("毕业申请进度"));
        assertThat(box.indexOf("毕业申请进度")).isLessThan(box.indexOf("照片审核通过"));
    }

    @Test
    void theSameDecisionDeliveredTwiceGivesOneMessage() {
        Account candidate = data.candidate(data.institution("城" + System.nanoTime()));
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        inbox.deliver(candidate.getId(), "message.photo.approved", List.of(), "/me/photo", "photo:test:" + candidate.getId(), at);
        inbox.deliver(candidate.getId(), "message.photo.approved", List.of(), "/me/photo", "photo:test:" + candidate.getId(), at);
        assertThat(inbox.unread(candidate.getId())).isEqualTo(1);
        assertThat(inbox.open(candidate.getId(), Locale.SIMPLIFIED_CHINESE)).extracting(Inbox.Shown::title)
                .containsExactly("照片审核通过");
    }

    @Test
    void refusesAMessageThatIsNotOneOfTheBundlesOrLeavesThePortal() {
        Account candidate = data.candidate(data.institution("城" + System.nanoTime()));
        Instant at = Instant.now();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Message(candidate.getId(), "<script>", List.of(),
                "/me/photo", "x", at)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Message(candidate.getId(), "message.photo.approved",
                List.of(), "https://evil.example/", "x", at)).isInstanceOf(IllegalArgumentException.class);
    }
}
