package org.gradphoto.portal.photo.likeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.school.SchoolData;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.RuleRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Reference photos through the real pages: the office imports a zip named by ID number, a candidate's new photo is
 * compared with theirs, the candidate is told in plain words when it does not look like them, the reviewer sees the
 * similarity and the reference picture; nobody else sees it.
 */
@PortalTest
class ReferencePhotosTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;
    @Autowired
    ReferencePhotos references;

    Institution inst;
    Account candidate;
    Account reviewer;

    @BeforeEach
    void setUp() {
        inst = data.institution("芜湖");
        candidate = data.candidate(inst);
        reviewer = data.reviewer(inst);
    }

    ResultActions importZip(Account who, byte[] zip) throws Exception {
        return mvc.perform(multipart("/review/references").file(new MockMultipartFile("file", "admission.zip",
                "application/zip", zip)).param("source", "ADMISSION").with(csrf()).with(user(TestData.user(who))));
    }

    static byte[] wall() {
        return Pictures.jpeg(new Mat(640, 480, CvType.CV_8UC3, new Scalar(200, 200, 200)), 90, 300);
    }

    @Test
    void importsTheZipByIdNumberAndSaysWhatItSkippedAndWhy() throws Exception {
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(candidate.getIdNumber() + ".png", Faces.bytes(Faces.shipped("idpass/sample_id_3.png")));
        zip.put(TestData.newIdNumber() + ".jpg", wall());
        zip.put("张三.jpg", Engines.compliant("idpass/sample_id_4.png"));
        ReferencePhotos.Report r = (ReferencePhotos.Report) importZip(reviewer, SchoolData.zip(zip))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("report");
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.replaced()).isZero();
        assertThat(r.skipped()).extracting(ReferencePhotos.Skipped::zh)
                .containsExactlyInAnyOrder("照片中找不到清晰的人脸", "文件名不是有效的身份证号码");
        assertThat(references.faceOf(candidate.getIdNumber())).isPresent();
        String page = mvc.perform(get("/review/references").with(user(TestData.user(reviewer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("本单位已导入参考照片 1 张");

        // again: the same person's picture is replaced, not doubled
        ReferencePhotos.Report again = (ReferencePhotos.Report) importZip(reviewer,
                SchoolData.zip(Map.of(candidate.getIdNumber() + ".png", Faces.bytes(Faces.shipped("idpass/sample_id_3.png")))))
                .andReturn().getFlashMap().get("report");
        assertThat(again.imported()).isZero();
        assertThat(again.replaced()).isEqualTo(1);
    }

    @Test
    void anotherOfficeCannotReplaceAReferenceItDidNotImport() throws Exception {
        importZip(reviewer, SchoolData.zip(Map.of(candidate.getIdNumber() + ".png",
                Faces.bytes(Faces.shipped("idpass/sample_id_3.png")))));
        Account elsewhere = data.cityReviewer("合肥");
        ReferencePhotos.Report r = (ReferencePhotos.Report) importZip(elsewhere, SchoolData.zip(Map.of(
                candidate.getIdNumber() + ".png", Faces.bytes(Faces.shipped("idpass/sample_id_4.png")))))
                .andReturn().getFlashMap().get("report");
        assertThat(r.imported() + r.replaced()).isZero();
        assertThat(r.skipped()).extracting(ReferencePhotos.Skipped::en)
                .containsExactly("another office imported this person's reference photo");
    }

    @Test
    void refusesAnEmptyOrBrokenZipInBothLanguages() throws Exception {
        importZip(reviewer, new byte[0]).andExpect(flash().attribute("error", "import.error.empty"));
        importZip(reviewer, "not a zip at all".getBytes()).andExpect(flash().attributeExists("error"));
        mvc.perform(get("/review/references").with(user(TestData.user(candidate)))).andExpect(status().isForbidden());
    }

    @Test
    void warnsTheCandidateInPlainWordsAndShowsTheReviewerTheSimilarity() throws Exception {
        importZip(reviewer, SchoolData.zip(Map.of(candidate.getIdNumber() + ".png",
                Faces.bytes(Faces.shipped("idpass/sample_id_3.png")))));
        // someone else's (passing) photo
        photos.upload(candidate.getId(), "me.jpg", Engines.compliant("idpass/sample_id_4.png"));
        CandidatePhoto p = photos.photoOf(candidate.getId());
        RuleRow same = RuleRow.of(p.getCurrent().getInspectionJson()).stream()
                .filter(r -> r.id().equals(RuleRow.SAME_PERSON)).findFirst().orElseThrow();
        assertThat(same.failed()).isTrue();
        String mine = mvc.perform(get("/me/photo").with(user(TestData.user(candidate)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("id=\"not-like-reference\"", "和我们收到的您的录取照片不太像", "可以照常提交");
        photos.submit(candidate.getId());

        String review = mvc.perform(get("/review/" + p.getId()).with(user(TestData.user(reviewer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("id=\"likeness\"", "不像本人，请对照参考照片核实", "相似度 " + same.measured());
        mvc.perform(get("/photos/" + p.getCurrent().getId() + "/reference").with(user(TestData.user(reviewer))))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        // another candidate, a reviewer of another institution: nothing there
        Account other = data.candidate(inst);
        mvc.perform(get("/photos/" + p.getCurrent().getId() + "/reference").with(user(TestData.user(other))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/photos/" + p.getCurrent().getId() + "/reference")
                .with(user(TestData.user(data.reviewer(data.institution("合肥")))))).andExpect(status().isNotFound());
    }

    @Test
    void saysNothingToTheCandidateWhoseNewPhotoIsTheirs() throws Exception {
        importZip(reviewer, SchoolData.zip(Map.of(candidate.getIdNumber() + ".png",
                Faces.bytes(Faces.shipped("idpass/sample_id_3.png")))));
        photos.upload(candidate.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        String mine = mvc.perform(get("/me/photo").with(user(TestData.user(candidate)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).doesNotContain("not-like-reference").contains(org.gradphoto.portal.photo.CandidateVerdictPageTest.ROW_FACE_SAME_PERSON_PASSED);
    }

    @Test
    void aCandidateWithoutAReferenceIsNotCompared() throws Exception {
        photos.upload(candidate.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        assertThat(photos.photoOf(candidate.getId()).getCurrent().getInspectionJson()).doesNotContain(RuleRow.SAME_PERSON);
    }
}
