package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.photo.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 下载审核通过的照片: the candidate keeps the file exactly as approved; before approval there is nothing. */
@PortalTest
class ApprovedPhotoDownloadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    ReviewService reviews;

    MockHttpServletResponse download(Account a) throws Exception {
        return mvc.perform(get("/me/photo/approved.jpg").with(user(TestData.user(a)))).andReturn().getResponse();
    }

    @Test
    void theApprovedFileIsDownloadedAsItWasApprovedAndOnlyThen() throws Exception {
        Institution inst = data.institution("城" + System.nanoTime());
        Account candidate = data.candidate(inst);
        Account other = data.candidate(inst);
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        photos.upload(candidate.getId(), "me.jpg", photo);
        assertThat(download(candidate).getStatus()).isEqualTo(404);
        photos.submit(candidate.getId());
        assertThat(download(candidate).getStatus()).isEqualTo(404);
        CandidatePhoto p = photos.photoOf(candidate.getId());
        reviews.approve(data.reviewer(inst).getId(), p.getId(), p.getVersion());

        MockHttpServletResponse r = download(candidate);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("image/jpeg");
        assertThat(r.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains(candidate.getIdNumber() + ".jpg");
        assertThat(r.getContentAsByteArray()).isEqualTo(photo);
        // another candidate asks for theirs, never for this one's: nothing approved, nothing to download
        assertThat(download(other).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/me/photo").with(user(TestData.user(candidate)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("href=\"/me/photo/approved.jpg\" id=\"download-approved\"");
    }
}
