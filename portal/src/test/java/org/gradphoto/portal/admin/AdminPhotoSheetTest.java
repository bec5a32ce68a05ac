package org.gradphoto.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.review.ReviewService;
import org.gradphoto.portal.print.PdfPages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The admin prints an institution's approved photos as a sheet of two-inch prints, each with ID number and name. */
@PortalTest
class AdminPhotoSheetTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    ReviewService reviews;

    int shot;

    Account approved(Institution inst, Account reviewer) {
        Account c = data.candidate(inst);
        // each a file of its own, as two people's photos are (the PDF keeps one image for identical bytes)
        photos.upload(c.getId(), "me.jpg", org.gradphoto.engine.testing.JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"),
                org.gradphoto.engine.testing.JpegEdits.Exif.software("camera " + ++shot)));
        photos.submit(c.getId());
        CandidatePhoto p = photos.photoOf(c.getId());
        reviews.approve(reviewer.getId(), p.getId(), p.getVersion());
        return c;
    }

    @Test
    void printsTheApprovedPhotosOfOneInstitutionOnly() throws Exception {
        Assumptions.assumeTrue(PdfPages.DEFAULT_FONTS.stream().anyMatch(Files::isReadable),
                "no CJK TrueType font (apt-get install fonts-droid-fallback): skipping");
        Institution inst = data.institution("城" + System.nanoTime());
        Account reviewer = data.reviewer(inst);
        Account one = approved(inst, reviewer);
        Account two = approved(inst, reviewer);
        Account waiting = data.candidate(inst);
        photos.upload(waiting.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        Institution other = data.institution("城" + System.nanoTime());
        Account elsewhere = approved(other, data.reviewer(other));
        Account admin = data.staff(Role.ADMIN);

        assertThat(mvc.perform(get("/admin").with(user(TestData.user(admin)))).andReturn().getResponse().getContentAsString())
                .contains("href=\"/admin/photos/sheet.pdf?institution=" + inst.getId() + "\"");
        MockHttpServletResponse r = mvc.perform(get("/admin/photos/sheet.pdf").param("institution", inst.getId().toString())
                .with(user(TestData.user(admin)))).andReturn().getResponse();
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        try (var doc = Loader.loadPDF(r.getContentAsByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(one.getIdNumber(), one.getName(), two.getIdNumber())
                    .doesNotContain(waiting.getIdNumber(), elsewhere.getIdNumber());
        }
        assertThat(mvc.perform(get("/admin").with(user(TestData.user(admin)))).andReturn().getResponse().getContentAsString())
                .contains("背胶照片（" + inst.getNameZh() + "）");
        // a part past the end is the last part: here the only one
        try (var doc = Loader.loadPDF(mvc.perform(get("/admin/photos/sheet.pdf").param("institution", inst.getId().toString())
                .param("part", "7").with(user(TestData.user(admin)))).andReturn().getResponse().getContentAsByteArray())) {
            assertThat(org.gradphoto.portal.print.PdfImages.text(doc)).contains("共 2 张 · 沿细线剪下", one.getIdNumber()).doesNotContain("接下来");
        }
        assertThat(mvc.perform(get("/admin/photos/sheet.pdf").param("institution", inst.getId().toString()).param("part", "二")
                .with(user(TestData.user(admin)))).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/admin/photos/sheet.pdf").param("institution", "999999999").with(user(TestData.user(admin))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/photos/sheet.pdf").param("institution", inst.getId().toString())
                .with(user(TestData.user(reviewer)))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
