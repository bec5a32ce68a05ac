package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.files.PhotoStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The candidate chooses the fixed version's background among the profile's colours (白色, 浅蓝色), and no other. */
@PortalTest
class BackgroundChoiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    PhotoUploadRepository uploads;
    @Autowired
    PhotoStore store;

    Account candidate;
    org.gradphoto.portal.account.Institution inst;
    PhotoUpload upload;

    @BeforeEach
    void setUp() {
        inst = data.institution("城" + System.nanoTime());
        candidate = data.candidate(inst);
        upload = photos.upload(candidate.getId(), "phone.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
    }

    void choose(Account who, Long uploadId, String colour, String flashKey, String value) throws Exception {
        mvc.perform(post("/me/photo/" + uploadId + "/fix-background").param("colour", colour).with(csrf())
                .with(user(TestData.user(who)))).andExpect(flash().attribute(flashKey, value));
    }

    /** The colour of the fixed picture's top-left corner: background, whatever the person. */
    int[] corner(PhotoUpload u) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(store.get(u.getFix())));
        int rgb = img.getRGB(8, 8);
        return new int[] {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255};
    }

    @Test
    void theFixedVersionIsMadeAgainOnTheChosenBackground() throws Exception {
        choose(candidate, upload.getId(), "white", "notice", "photo.notice.background_changed");
        PhotoUpload white = uploads.findById(upload.getId()).orElseThrow();
        assertThat(white.getFixBackground()).isEqualTo("white");
        assertThat(white.getFixVerdict()).isEqualTo(Verdict.PASS);
        assertThat(java.util.Arrays.stream(corner(white)).min().orElseThrow()).isGreaterThan(245);

        choose(candidate, upload.getId(), "blue", "notice", "photo.notice.background_changed");
        PhotoUpload blue = uploads.findById(upload.getId()).orElseThrow();
        assertThat(blue.getFixBackground()).isEqualTo("blue");
        int[] c = corner(blue);
        // 浅蓝色 RGB(100, 197, 255), within the encoder's error
        assertThat(Math.abs(c[0] - 100)).isLessThan(12);
        assertThat(Math.abs(c[1] - 197)).isLessThan(12);
        assertThat(c[2]).isGreaterThan(240);
        String page = mvc.perform(get("/me/photo").with(user(TestData.user(candidate)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"background-choice\"", "修正后照片的背景颜色：")
                .containsPattern("id=\"background-blue\"[^>]*disabled");
    }

    @Test
    void anApprovedPhotoIsNotFixedAgain() throws Exception {
        photos.submit(candidate.getId());
        CandidatePhoto p = photos.photoOf(candidate.getId());
        reviews.approve(data.reviewer(inst).getId(), p.getId(), p.getVersion());
        choose(candidate, upload.getId(), "white", "error", "photo.error.approved");
    }

    @Autowired
    org.gradphoto.portal.photo.review.ReviewService reviews;

    @Test
    void refusesAColourTheProfileDoesNotAllowAndAnUploadThatIsNotTheCandidatesCurrentOne() throws Exception {
        choose(candidate, upload.getId(), "pink", "error", "photo.error.no_such_background");
        choose(candidate, upload.getId(), "", "error", "photo.error.no_such_background");
        Account stranger = data.candidate(data.institution("城" + System.nanoTime()));
        choose(stranger, upload.getId(), "white", "error", "photo.error.no_fix");
        // once the fixed version is the photo, it is not fixed again
        photos.useFix(candidate.getId(), upload.getId());
        choose(candidate, upload.getId(), "white", "error", "photo.error.no_fix");
    }
}
