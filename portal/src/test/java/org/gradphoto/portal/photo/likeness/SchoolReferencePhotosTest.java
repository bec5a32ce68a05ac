package org.gradphoto.portal.photo.likeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.collection.records.StudentRecordRepository;
import org.gradphoto.portal.collection.school.SchoolData;
import org.gradphoto.portal.collection.school.StudioJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A school's photo office keeps its students' admission photos as references too: a studio photo of someone else
 * collected under a student's ID number shows on the record page as not looking like them, beside the reference.
 */
@PortalTest
class SchoolReferencePhotosTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StudioJobs studioJobs;
    @Autowired
    SchoolData data;
    @Autowired
    StudentRecordRepository records;
    @Autowired
    CollectedPhotoRepository photos;

    MvcResult perform(Account a, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(user(TestData.user(a))).with(csrf())).andReturn();
    }

    @Test
    void aStudioPhotoOfSomeoneElseShowsOnTheRecordBesideTheReference() throws Exception {
        SchoolData.School s = data.school();
        String main = s.main().getCode();
        String ok = SchoolData.id();
        String other = SchoolData.id();
        perform(s.office(), multipart("/school/records/import").file(new MockMultipartFile("file", "学籍.csv", "text/csv",
                SchoolData.recordsCsv(main + ",王小明,男,," + ok + ",0001,土木工程,土木1101,本科,2026",
                        main + ",李四,男,," + other + ",0002,土木工程,土木1101,本科,2026"))));
        // the admission photos of both students: sample_id_3 is 王小明, sample_id_1 is 李四
        MvcResult imported = perform(s.office(), multipart("/school/references").file(new MockMultipartFile("file",
                "录取照片.zip", "application/zip", SchoolData.zip(Map.of(ok + ".png", Faces.bytes(Faces.shipped("idpass/sample_id_3.png")),
                        other + ".png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")))))).param("source", "ADMISSION"));
        assertThat(((ReferencePhotos.Report) imported.getFlashMap().get("report")).imported()).isEqualTo(2);
        assertThat(mvc.perform(get("/school/references").with(user(TestData.user(s.office())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("本单位已导入参考照片 2 张");

        // the studio photographs 王小明 under both numbers (李四 was absent, the studio took the wrong person)
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put("p1.jpg", Engines.compliant("idpass/sample_id_3.png"));
        zip.put("p2.jpg", org.gradphoto.engine.testing.JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"),
                org.gradphoto.engine.testing.JpegEdits.Exif.software("Canon EOS shot 2")));
        zip.put("机读卡.csv", ("证件号码,姓名,性别,学号,院校代码,照片文件名\n" + ok + ",王小明,男,0001," + main + ",p1.jpg\n" + other
                + ",李四,男,0002," + main + ",p2.jpg\n").getBytes(StandardCharsets.UTF_8));
        studioJobs.await(s.office(), perform(s.office(), multipart("/school/studio").file(new MockMultipartFile("file", "照相馆.zip", "application/zip",
                SchoolData.zip(zip)))));

        String right = page(s, "0001");
        assertThat(right).contains("id=\"likeness\"", "像本人").doesNotContain("不像本人");
        String wrong = page(s, "0002");
        assertThat(wrong).contains("id=\"likeness\"", "不像本人，请对照参考照片核实", "id=\"reference-image\"");
        CollectedPhoto p2 = photos.findByOwnerAndStateOrderById(s.main(), CollectedPhoto.State.COLLECTED).stream()
                .filter(p -> p.getFileName().equals("p2.jpg")).findFirst().orElseThrow();
        mvc.perform(get("/school/photos/" + p2.getId() + "/reference").with(user(TestData.user(s.office()))))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        // another school's office: nothing there
        mvc.perform(get("/school/photos/" + p2.getId() + "/reference").with(user(TestData.user(data.school().office()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStudentUploadingSomeoneElsesPhotoIsToldInPlainWords() throws Exception {
        SchoolData.School s = data.school();
        String main = s.main().getCode();
        String id = SchoolData.id();
        perform(s.office(), multipart("/school/records/import").file(new MockMultipartFile("file", "学籍.csv", "text/csv",
                SchoolData.recordsCsv(main + ",孙八,女,," + id + ",0005,土木工程,土木1102,本科,2026"))));
        perform(s.office(), multipart("/school/references").file(new MockMultipartFile("file", "录取照片.zip",
                "application/zip", SchoolData.zip(Map.of(id + ".png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png"))))))
                .param("source", "ADMISSION"));
        perform(s.office(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/school/codes")
                .param("days", "30"));
        StudentRecord r = records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(s.main()).get(0);
        org.gradphoto.portal.collection.CollectionCode code = codes.findByRecord(r).get(0);
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/collect")
                .param("code", code.getCode()).param("featureCode", s.featureCode()).session(session).with(csrf()));
        // a passing photo, of someone else than the admission photo shows
        mvc.perform(multipart("/collect/photo").file(new MockMultipartFile("file", "me.jpg", "image/jpeg",
                Engines.compliant("idpass/sample_id_4.png"))).session(session).with(csrf()));
        String html = mvc.perform(get("/collect/photo").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"not-like-reference\"", "和学校收到的您的录取照片不太像", "学校会对照核实")
                .doesNotContain("FACE_SAME_PERSON");
    }

    @Autowired
    org.gradphoto.portal.collection.CollectionCodeRepository codes;

    String page(SchoolData.School s, String studentNumber) throws Exception {
        StudentRecord r = records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(s.main()).stream()
                .filter(x -> x.getStudentNumber().equals(studentNumber)).findFirst().orElseThrow();
        return mvc.perform(get("/school/records/" + r.getId()).with(user(TestData.user(s.office())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
