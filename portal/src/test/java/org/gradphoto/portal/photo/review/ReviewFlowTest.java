package org.gradphoto.portal.photo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gradphoto.portal.photo.RejectReason;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.PhotoStateException;
import org.gradphoto.portal.photo.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Reviewers through the real pages: their queue only, approve, reject with a reason, bulk, two at once. */
@PortalTest
class ReviewFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewDecisionRepository decisions;

    String city;
    Institution a;
    Institution b;
    Account reviewer;

    @BeforeEach
    void setUp() {
        city = "城" + System.nanoTime();
        a = data.institution(city);
        b = data.institution(city);
        reviewer = data.reviewer(a);
    }

    /** A candidate of the institution who uploaded the photo and submitted it. */
    CandidatePhoto submitted(Institution inst, byte[] photo) {
        Account c = data.candidate(inst);
        photos.upload(c.getId(), "me.jpg", photo);
        photos.submit(c.getId());
        return photos.photoOf(c.getId());
    }

    CandidatePhoto submittedPassing(Institution inst) {
        return submitted(inst, Engines.compliant("idpass/sample_id_3.png"));
    }

    String queue(Account r, String query) throws Exception {
        return mvc.perform(get("/review" + query).with(user(TestData.user(r)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theQueueShowsOnlyTheReviewersInstitutionOldestFirstWithMaskedIdNumbers() throws Exception {
        CandidatePhoto first = submittedPassing(a);
        CandidatePhoto second = submittedPassing(a);
        CandidatePhoto elsewhere = submittedPassing(b);
        String html = queue(reviewer, "");
        assertThat(html).contains("data-photo=\"" + first.getId() + "\"", "data-photo=\"" + second.getId() + "\"")
                .doesNotContain("data-photo=\"" + elsewhere.getId() + "\"");
        assertThat(html.indexOf("data-photo=\"" + first.getId() + "\"")).isLessThan(html.indexOf("data-photo=\"" + second.getId() + "\""));
        String id = first.getCandidate().getIdNumber();
        assertThat(html).contains(id.substring(0, 4) + "**********" + id.substring(14)).doesNotContain(id);
    }

    @Test
    void theQueueIsExportedToExcelWithTheSameScopeAndFullIdNumbers() throws Exception {
        CandidatePhoto mine = submittedPassing(a);
        CandidatePhoto elsewhere = submittedPassing(b);
        byte[] bytes = mvc.perform(get("/review.xlsx").with(user(TestData.user(reviewer)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            List<String> names = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
                ids.add(sheet.getRow(r).getCell(1).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("待审核");
            }
            assertThat(names).contains(mine.getCandidate().getName()).doesNotContain(elsewhere.getCandidate().getName());
            assertThat(ids).contains(mine.getCandidate().getIdNumber()).doesNotContain(mine.getCandidate().getMaskedIdNumber());
        }
        mvc.perform(get("/review.xlsx").with(user(TestData.user(mine.getCandidate())))).andExpect(status().isForbidden());
    }

    @Test
    void aCityReviewerSeesEveryInstitutionOfTheCityAndFiltersByOne() throws Exception {
        Account cityReviewer = data.cityReviewer(city);
        CandidatePhoto inA = submittedPassing(a);
        CandidatePhoto inB = submittedPassing(b);
        CandidatePhoto otherCity = submittedPassing(data.institution("别的城市" + System.nanoTime()));
        assertThat(queue(cityReviewer, "")).contains("data-photo=\"" + inA.getId() + "\"", "data-photo=\"" + inB.getId() + "\"")
                .doesNotContain("data-photo=\"" + otherCity.getId() + "\"");
        assertThat(queue(cityReviewer, "?institution=" + b.getId())).contains("data-photo=\"" + inB.getId() + "\"")
                .doesNotContain("data-photo=\"" + inA.getId() + "\"");
    }

    @Test
    void filtersByTheMachinesVerdict() throws Exception {
        CandidatePhoto passing = submittedPassing(a);
        CandidatePhoto failing = submitted(a, Faces.bytes(Faces.shipped("hivision/test4.jpg")));
        assertThat(queue(reviewer, "?verdict=FAIL")).contains("data-photo=\"" + failing.getId() + "\"")
                .doesNotContain("data-photo=\"" + passing.getId() + "\"");
        assertThat(queue(reviewer, "?verdict=PASS")).contains("data-photo=\"" + passing.getId() + "\"")
                .doesNotContain("data-photo=\"" + failing.getId() + "\"");
    }

    @Test
    void approvingIsFinalKeptInTheAuditTrailAndShownToTheCandidate() throws Exception {
        CandidatePhoto p = submittedPassing(a);
        String detail = mvc.perform(get("/review/" + p.getId()).with(user(TestData.user(reviewer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"annotated-image\"", "data-rule=\"GEOM_EYES\"", "审核通过", "审核不通过");
        mvc.perform(post("/review/" + p.getId() + "/approve").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(p.getVersion()))).andExpect(redirectedUrl("/review"))
                .andExpect(flash().attribute("notice", "review.notice.approved"));
        CandidatePhoto now = photos.photoOf(p.getCandidate().getId());
        assertThat(now.getStatus()).isEqualTo(ReviewStatus.APPROVED);
        List<ReviewDecision> trail = decisions.findByPhotoOrderByDecidedAtDesc(now);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).getOutcome()).isEqualTo(Outcome.APPROVED);
        assertThat(trail.get(0).getReviewer().getId()).isEqualTo(reviewer.getId());
        assertThat(trail.get(0).getUpload().getId()).isEqualTo(now.getCurrent().getId());
        String after = mvc.perform(get("/review/" + p.getId()).with(user(TestData.user(reviewer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"audit\"", reviewer.getName()).doesNotContain("id=\"decide\"");
        String page = mvc.perform(get("/me/photo").with(user(TestData.user(p.getCandidate()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("审核通过", "照片已审核通过，不能再更换").doesNotContain("id=\"upload\"");
    }

    @Test
    void aRejectionCarriesAStandardReasonTheCandidateSeesAndUploadsAgainUntilApproved() throws Exception {
        CandidatePhoto p = submitted(a, Faces.bytes(Faces.shipped("hivision/test4.jpg")));
        mvc.perform(post("/review/" + p.getId() + "/reject").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(p.getVersion())).param("reason", "KEYPOINTS").param("text", "丸子头"))
                .andExpect(flash().attribute("notice", "review.notice.rejected"));
        Account candidate = p.getCandidate();
        String page = mvc.perform(get("/me/photo").with(user(TestData.user(candidate)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("审核不通过", "id=\"rejection\"", RejectReason.KEYPOINTS.zh(), "丸子头", "id=\"upload\"");

        photos.upload(candidate.getId(), "new.jpg", Engines.compliant("idpass/sample_id_3.png"));
        photos.submit(candidate.getId());
        CandidatePhoto again = photos.photoOf(candidate.getId());
        assertThat(again.getStatus()).isEqualTo(ReviewStatus.PENDING);
        reviews.approve(reviewer.getId(), again.getId(), again.getVersion());
        assertThat(photos.photoOf(candidate.getId()).getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(decisions.findByPhotoOrderByDecidedAtDesc(again)).extracting(ReviewDecision::getOutcome)
                .containsExactly(Outcome.APPROVED, Outcome.REJECTED);
    }

    @Test
    void aRejectionWithoutAReasonOrOtherWithoutASentenceIsRefused() throws Exception {
        CandidatePhoto p = submittedPassing(a);
        mvc.perform(post("/review/" + p.getId() + "/reject").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(p.getVersion()))).andExpect(flash().attribute("error", "review.error.reason"));
        mvc.perform(post("/review/" + p.getId() + "/reject").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(p.getVersion())).param("reason", "OTHER").param("text", " "))
                .andExpect(flash().attribute("error", "review.error.text"));
        // a sentence longer than its column: the same refusal as every office decision's
        mvc.perform(post("/review/" + p.getId() + "/reject").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(p.getVersion())).param("reason", "OTHER").param("text", "原".repeat(501)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "decision.error.reason_long"));
        assertThat(photos.photoOf(p.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void theSecondReviewerIsToldThePhotoWasAlreadyDecided() throws Exception {
        Account second = data.reviewer(a);
        CandidatePhoto p = submittedPassing(a);
        long version = p.getVersion();
        mvc.perform(post("/review/" + p.getId() + "/approve").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(version)));
        mvc.perform(post("/review/" + p.getId() + "/reject").with(csrf()).with(user(TestData.user(second)))
                        .param("version", String.valueOf(version)).param("reason", "EYES"))
                .andExpect(redirectedUrl("/review/" + p.getId()))
                .andExpect(flash().attribute("error", "review.error.already_decided"));
        assertThat(photos.photoOf(p.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(decisions.findByPhotoOrderByDecidedAtDesc(p)).hasSize(1);
    }

    @Test
    void twoReviewersDecidingAtTheSameMomentLeaveExactlyOneDecision() throws Exception {
        Account second = data.reviewer(a);
        for (int round = 0; round < 3; round++) {
            CandidatePhoto p = submittedPassing(a);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<String>> results = new ArrayList<>();
            for (Account r : List.of(reviewer, second)) {
                results.add(two.submit(() -> {
                    go.await();
                    try {
                        reviews.approve(r.getId(), p.getId(), p.getVersion());
                        return "ok";
                    } catch (PhotoStateException e) {
                        return e.messageKey();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            two.shutdown();
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "review.error.already_decided");
            assertThat(decisions.findByPhotoOrderByDecidedAtDesc(p)).hasSize(1);
        }
    }

    @Test
    void bulkApprovalTakesOnlyWaitingPhotosThatPassedEveryRuleInTheReviewersScope() throws Exception {
        CandidatePhoto pass1 = submittedPassing(a);
        CandidatePhoto pass2 = submittedPassing(a);
        CandidatePhoto failing = submitted(a, Faces.bytes(Faces.shipped("hivision/test4.jpg")));
        CandidatePhoto elsewhere = submittedPassing(b);
        String html = queue(reviewer, "");
        assertThat(html).contains("name=\"ids\" value=\"" + pass1.getId() + "\"")
                .doesNotContain("name=\"ids\" value=\"" + failing.getId() + "\"");
        mvc.perform(post("/review/bulk-approve").with(csrf()).with(user(TestData.user(reviewer)))
                        .param("ids", pass1.getId().toString(), pass2.getId().toString(), failing.getId().toString(),
                                elsewhere.getId().toString()))
                .andExpect(flash().attribute("bulkApproved", 2));
        assertThat(photos.photoOf(pass1.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(photos.photoOf(pass2.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(photos.photoOf(failing.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(photos.photoOf(elsewhere.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(decisions.findByPhotoOrderByDecidedAtDesc(pass1).get(0).isBulk()).isTrue();
        assertThat(mvc.perform(get("/review/" + pass1.getId()).with(user(TestData.user(reviewer)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("审核通过 (批量)");
    }

    @Test
    void aPhotoOfAnotherInstitutionDoesNotExistForTheReviewer() throws Exception {
        CandidatePhoto elsewhere = submittedPassing(b);
        mvc.perform(get("/review/" + elsewhere.getId()).with(user(TestData.user(reviewer)))).andExpect(status().isNotFound());
        mvc.perform(post("/review/" + elsewhere.getId() + "/approve").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(elsewhere.getVersion()))).andExpect(status().isNotFound());
        mvc.perform(get("/photos/" + elsewhere.getCurrent().getId() + "/original").with(user(TestData.user(reviewer))))
                .andExpect(status().isNotFound());
        assertThat(photos.photoOf(elsewhere.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aPhotoReplacedWhileTheReviewerLookedAtItIsNotDecided() throws Exception {
        CandidatePhoto p = submittedPassing(a);
        photos.upload(p.getCandidate().getId(), "other.jpg", Engines.compliant("idpass/sample_id_2.png"));
        photos.submit(p.getCandidate().getId());
        mvc.perform(post("/review/" + p.getId() + "/approve").with(csrf()).with(user(TestData.user(reviewer)))
                .param("version", String.valueOf(p.getVersion()))).andExpect(flash().attribute("error", "review.error.changed"));
        assertThat(photos.photoOf(p.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
    }
}
