package org.gradphoto.portal.photo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.RejectReason;
import org.gradphoto.portal.photo.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.gradphoto.portal.graduation.ticket.ExamTicketRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What makes a reviewer fast: search by name or ID number, the next photo after a decision and next/previous
 * links, the candidate's own file beside the fixed photo they submitted, every reason with the words the candidate
 * reads (suggested by the failed rules), and a bulk approval that needs a selection.
 */
@PortalTest
class ReviewerWorkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    ExamTicketRepository tickets;

    Institution inst;
    Account reviewer;

    @BeforeEach
    void setUp() {
        inst = data.institution("城" + System.nanoTime());
        reviewer = data.reviewer(inst);
    }

    CandidatePhoto submitted(byte[] photo) {
        Account c = data.candidate(inst);
        photos.upload(c.getId(), "me.jpg", photo);
        photos.submit(c.getId());
        return photos.photoOf(c.getId());
    }

    CandidatePhoto passing() {
        return submitted(Engines.compliant("idpass/sample_id_3.png"));
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(TestData.user(reviewer)))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void findsACandidateByPartOfTheNameOrTheWholeIdNumberInAnyCase() throws Exception {
        CandidatePhoto one = passing();
        CandidatePhoto other = passing();
        String name = one.getCandidate().getName();
        assertThat(page("/review?q=" + name)).contains("data-photo=\"" + one.getId() + "\"")
                .doesNotContain("data-photo=\"" + other.getId() + "\"");
        String id = one.getCandidate().getIdNumber();
        assertThat(page("/review?q=" + id.toLowerCase())).contains("data-photo=\"" + one.getId() + "\"")
                .doesNotContain("data-photo=\"" + other.getId() + "\"");
        // a part of an ID number finds nothing: the number is not searchable piecemeal
        assertThat(page("/review?q=" + id.substring(0, 10))).doesNotContain("data-photo=\"" + one.getId() + "\"");
        // LIKE wildcards are plain characters
        assertThat(page("/review?q=%25")).doesNotContain("data-photo=\"" + one.getId() + "\"");
        assertThat(page("/review?q=" + "长".repeat(500))).contains("id=\"queue\"");
        // the search stays in the links of the queue
        assertThat(page("/review?q=" + name)).contains("/review/" + one.getId() + "?q=" + org.springframework.web.util.UriUtils.encode(name,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void findsACandidateByExamTicketNumberAMergedOneIncluded() throws Exception {
        CandidatePhoto one = passing();
        CandidatePhoto other = passing();
        String ticket = String.valueOf(100_000_000_000L + System.nanoTime() % 899_999_999_999L);
        String merged = String.valueOf(Long.parseLong(ticket) + 1);
        tickets.save(new ExamTicket(ticket, one.getCandidate().getIdNumber(), one.getCandidate().getName()));
        tickets.save(new ExamTicket(merged, one.getCandidate().getIdNumber(), one.getCandidate().getName()));
        for (String t : List.of(ticket, merged, " " + ticket + " ")) {
            assertThat(page("/review?q=" + t)).as(t).contains("data-photo=\"" + one.getId() + "\"")
                    .doesNotContain("data-photo=\"" + other.getId() + "\"");
        }
        // a ticket no one holds, or a part of one, finds no one
        assertThat(page("/review?q=" + ticket.substring(0, 9))).doesNotContain("data-photo=\"" + one.getId() + "\"");
        assertThat(page("/review?q=99999999999999")).doesNotContain("data-photo=\"");
        assertThat(page("/review")).contains("姓名、证件号码或准考证号");
    }

    @Test
    void aDecisionLeadsToTheNextPhotoOfTheQueueAndThePhotoPageLinksItsNeighbours() throws Exception {
        CandidatePhoto first = passing();
        CandidatePhoto second = passing();
        CandidatePhoto third = passing();
        String middle = page("/review/" + second.getId());
        assertThat(middle).contains("id=\"previous-photo\"", "href=\"/review/" + first.getId() + "\"", "id=\"next-photo\"",
                "href=\"/review/" + third.getId() + "\"", "快捷键：A 通过");
        MockHttpServletResponse r = mvc.perform(post("/review/" + first.getId() + "/approve").with(csrf())
                .with(user(TestData.user(reviewer))).param("version", String.valueOf(first.getVersion()))).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).isEqualTo("/review/" + second.getId());
        // the last one of the queue leads back to the queue
        MockHttpServletResponse last = mvc.perform(post("/review/" + third.getId() + "/reject").with(csrf())
                .with(user(TestData.user(reviewer))).param("version", String.valueOf(third.getVersion())).param("reason", "BACKGROUND"))
                .andReturn().getResponse();
        assertThat(last.getRedirectedUrl()).isEqualTo("/review");
    }

    @Test
    void aFixedPhotoIsShownWithTheBadgeTheFixNotesAndTheCandidatesOwnFile() throws Exception {
        Account c = data.candidate(inst);
        var upload = photos.upload(c.getId(), "手机照片.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
        photos.useFix(c.getId(), upload.getId());
        photos.submit(c.getId());
        CandidatePhoto p = photos.photoOf(c.getId());
        String html = page("/review/" + p.getId());
        assertThat(html).contains("id=\"fixed-badge\"", "自动修正", "考生使用了系统自动修正后的照片", "id=\"review-fix-notes\"",
                "src=\"/photos/" + upload.getId() + "/original\"", "考生上传的原始文件（手机照片.png）", "自动修正后提交的照片");
        assertThat(page("/review")).contains("class=\"badge\">自动修正</span>");
        // the candidate's own file is served to the reviewer
        assertThat(mvc.perform(get("/photos/" + upload.getId() + "/original").with(user(TestData.user(reviewer)))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        // a photo uploaded as it is has no badge
        assertThat(page("/review/" + passing().getId())).doesNotContain("id=\"fixed-badge\"", "id=\"fixed-from-image\"");
    }

    @Test
    void everyReasonIsOfferedWithTheCandidatesWordsAndTheFailedRuleSuggestsOne() throws Exception {
        CandidatePhoto failing = submitted(Faces.bytes(Faces.shipped("hivision/test4.jpg")));
        String html = page("/review/" + failing.getId());
        for (RejectReason r : RejectReason.values()) {
            assertThat(html).contains("value=\"" + r.name() + "\"", r.zh(), r.todoZh());
        }
        assertThat(html).containsPattern("<option value=\"[A-Z_]+\" data-todo=\"[^\"]+\" selected=\"selected\">");

        mvc.perform(post("/review/" + failing.getId() + "/reject").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(failing.getVersion())).param("reason", "HEADWEAR_JEWELLERY"));
        assertThat(photos.photoOf(failing.getCandidate().getId()).getRejectReason()).isEqualTo(RejectReason.HEADWEAR_JEWELLERY);
        String candidate = mvc.perform(get("/me/photo").with(user(TestData.user(failing.getCandidate())))).andReturn().getResponse()
                .getContentAsString();
        assertThat(candidate).contains("帽子/饰品", "请摘下帽子、头饰、耳环、项链等饰品后重新拍摄。").doesNotContain("HEADWEAR_JEWELLERY");
    }

    @Test
    void theSuggestedReasonFollowsTheRuleGroups() {
        assertThat(RejectReason.suggestedBy("FILE_SIZE")).isEqualTo(RejectReason.FILE_SIZE);
        assertThat(RejectReason.suggestedBy("FILE_DPI")).isEqualTo(RejectReason.FILE_FORMAT);
        assertThat(RejectReason.suggestedBy("GEOM_CROWN")).isEqualTo(RejectReason.EYES);
        assertThat(RejectReason.suggestedBy("GEOM_SHOULDERS")).isEqualTo(RejectReason.CLOTHING);
        assertThat(RejectReason.suggestedBy("BG_UNIFORM")).isEqualTo(RejectReason.BACKGROUND);
        assertThat(RejectReason.suggestedBy("ACC_JEWELLERY")).isEqualTo(RejectReason.HEADWEAR_JEWELLERY);
        assertThat(RejectReason.suggestedBy("EXPR_EYES_OPEN")).isEqualTo(RejectReason.EXPRESSION);
        assertThat(RejectReason.suggestedBy("IMG_NO_TEXT")).isEqualTo(RejectReason.EDITED);
        assertThat(RejectReason.suggestedBy("IMG_SHARPNESS")).isEqualTo(RejectReason.IMAGE_QUALITY);
        assertThat(RejectReason.suggestedBy("FACE_SAME_PERSON")).isEqualTo(RejectReason.NOT_THE_PERSON);
        assertThat(RejectReason.suggestedBy("SOMETHING_NEW")).isEqualTo(RejectReason.OTHER);
        assertThat(RejectReason.suggestedBy(null)).isEqualTo(RejectReason.OTHER);
    }

    @Test
    void aSubmissionTheCandidateWithdrawsByUploadingAnewStaysVisibleAsWithdrawnUntilSubmittedAgain() throws Exception {
        CandidatePhoto p = passing();
        Account c = p.getCandidate();
        assertThat(mvc.perform(get("/me/photo").with(user(TestData.user(c)))).andReturn().getResponse().getContentAsString())
                .contains("id=\"withdraw-warning\"", "现在重新上传会撤回已提交的照片");
        photos.upload(c.getId(), "again.jpg", Engines.compliant("idpass/sample_id_3.png"));

        assertThat(page("/review")).doesNotContain("data-photo=\"" + p.getId() + "\"");
        String withdrawn = page("/review?status=DRAFT");
        assertThat(withdrawn).contains("data-photo=\"" + p.getId() + "\"", "已撤回（", "<option value=\"DRAFT\" selected=\"selected\">考生已撤回</option>");
        assertThat(page("/review/" + p.getId())).contains("id=\"withdrawn\"", "撤回了原来的提交").doesNotContain("id=\"approve\"");
        // another candidate's draft that was never submitted is not "withdrawn"
        Account drafter = data.candidate(inst);
        photos.upload(drafter.getId(), "draft.jpg", Engines.compliant("idpass/sample_id_3.png"));
        assertThat(page("/review?status=DRAFT")).doesNotContain("data-photo=\"" + photos.photoOf(drafter.getId()).getId() + "\"");

        photos.submit(c.getId());
        assertThat(page("/review")).contains("data-photo=\"" + p.getId() + "\"");
        assertThat(page("/review?status=DRAFT")).doesNotContain("data-photo=\"" + p.getId() + "\"");
    }

    @Test
    void everyExportWithFullIdNumbersIsAuditedWithWhoWhenWhatAndRows() throws Exception {
        passing();
        passing();
        mvc.perform(get("/review.xlsx").with(user(TestData.user(reviewer)))).andReturn();
        Account admin = data.staff(org.gradphoto.portal.account.Role.ADMIN);
        String html = mvc.perform(get("/admin").with(user(TestData.user(admin)))).andReturn().getResponse().getContentAsString();
        int at = html.indexOf("id=\"exports\"");
        assertThat(at).isPositive();
        String card = html.substring(at);
        assertThat(card).contains(reviewer.getName() + "（" + reviewer.getUsername() + "）", "照片审核列表", "<td>2</td>");
    }

    @Test
    void aBulkApprovalWithNothingTickedIsRefusedAndAsksFirst() throws Exception {
        passing();
        MvcResult r = mvc.perform(post("/review/bulk-approve").with(csrf()).with(user(TestData.user(reviewer)))).andReturn();
        assertThat(r.getFlashMap().get("error")).isEqualTo("review.error.none_selected");
        assertThat(r.getFlashMap().get("bulkApproved")).isNull();
        assertThat(page("/review")).contains("data-confirm=\"确定批量通过所选的照片吗？\"");
        assertThat(photos.photoOf(passing().getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
    }
}
