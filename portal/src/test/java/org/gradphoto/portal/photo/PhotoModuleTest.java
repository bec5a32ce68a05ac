package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.photo.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The photo module started with the modules it uses, directly or through them (account, notify, files, decision, table): upload, check, review. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestData.class)
class PhotoModuleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    ReviewService reviews;

    @Test
    void startsWithoutTheGraduationAndCollectionModules() {
        assertThat(context.getBeanNamesForType(PhotoService.class)).hasSize(1);
        assertThat(context.containsBean("graduationService")).isFalse();
        assertThat(context.containsBean("onlineCollection")).isFalse();
        assertThat(context.containsBean("adminService")).isFalse();
    }

    @Test
    void checksAnUploadAndAReviewerApprovesItsSubmission() {
        var city = data.institution("芜湖");
        Account candidate = data.candidate(city);
        Account reviewer = data.reviewer(city);
        PhotoUpload up = photos.upload(candidate.getId(), "photo.jpg", Engines.compliant("idpass/sample_id_3.png"));
        assertThat(up.getVerdict()).isEqualTo(Verdict.PASS);
        photos.submit(candidate.getId());
        CandidatePhoto p = photos.photoOf(candidate.getId());
        reviews.approve(reviewer.getId(), p.getId(), p.getVersion());
        assertThat(photos.photoOf(candidate.getId()).getStatus()).isEqualTo(ReviewStatus.APPROVED);
    }
}
