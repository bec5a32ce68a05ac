package org.gradphoto.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The JSON API with real photos and real HTTP Basic: reports, fixes, refusals, and every malformed request. */
@PortalTest
class PhotoApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    Account api;

    @BeforeEach
    void setUp() {
        api = data.staff(Role.API);
    }

    MockMultipartHttpServletRequestBuilder send(String path, String name, byte[] bytes) {
        MockMultipartHttpServletRequestBuilder b = multipart(path);
        b.file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        b.with(httpBasic(api.getUsername(), TestData.API_KEY));
        return b;
    }

    JsonNode json(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString());
    }

    @Test
    void checksACompliantPhotoRuleByRule() throws Exception {
        JsonNode r = json(mvc.perform(send("/api/v1/photos/check", "ok.jpg", Engines.compliant("idpass/sample_id_3.png")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)));
        assertThat(r.path("schema").asText()).isEqualTo("gradphoto.inspection/1");
        assertThat(r.path("verdict").asText()).isEqualTo("PASS");
        assertThat(r.path("rules")).hasSize(32); // every rule checked without a reference photo
        assertThat(r.path("facts").path("width").asInt()).isEqualTo(480);
    }

    @Test
    void reportsTheFailedRulesOfAFailingPhotoUnderTheProfileAsked() throws Exception {
        JsonNode r = json(mvc.perform(send("/api/v1/photos/check", "bun.jpg", Faces.bytes(Faces.shipped("hivision/test4.jpg")))
                .param("profile", "zikao-anhui")).andExpect(status().isOk()));
        assertThat(r.path("profile").asText()).isEqualTo("zikao-anhui");
        assertThat(r.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(r.path("hints").size()).isPositive();
        assertThat(r.findValuesAsText("id")).contains("FILE_DIMENSIONS");
    }

    @Test
    void anUnreadableFileIsAReportNotAnError() throws Exception {
        JsonNode r = json(mvc.perform(send("/api/v1/photos/check", "x.heic", BadFiles.heic())).andExpect(status().isOk()));
        assertThat(r.path("verdict").asText()).isEqualTo("UNREADABLE");
        assertThat(r.path("unreadable").path("reason").asText()).isEqualTo("HEIC");
        assertThat(r.path("unreadable").path("messageZh").asText()).contains("HEIC");
    }

    @Test
    void fixesAPhotoIntoAPassingJpeg() throws Exception {
        JsonNode r = json(mvc.perform(send("/api/v1/photos/fix", "phone.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")))
                .param("background", "white")).andExpect(status().isOk()));
        assertThat(r.path("fixed").asBoolean()).isTrue();
        assertThat(r.path("refusal").isNull()).isTrue();
        assertThat(r.path("before").path("verdict").asText()).isEqualTo("FAIL");
        assertThat(r.path("after").path("verdict").asText()).isIn("PASS", "WARNINGS");
        assertThat(r.path("background").asText()).isEqualTo("white");
        byte[] jpeg = Base64.getDecoder().decode(r.path("jpegBase64").asText());
        var img = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(img.getWidth()).isEqualTo(480);
        assertThat(img.getHeight()).isEqualTo(640);
    }

    @Test
    void refusesToFixWhatOnlyANewPhotoFixesSayingWhatToTake() throws Exception {
        JsonNode r = json(mvc.perform(send("/api/v1/photos/fix", "bun.jpg", Faces.bytes(Faces.shipped("hivision/test4.jpg"))))
                .andExpect(status().isOk()));
        assertThat(r.path("fixed").asBoolean()).isFalse();
        assertThat(r.path("refusal").path("code").asText()).isEqualTo("PROPORTIONS");
        assertThat(r.path("refusal").path("retakeZh").asText()).contains("丸子头");
        assertThat(r.path("jpegBase64").isNull()).isTrue();
    }

    @Test
    void malformedRequestsGetA4xxInBothLanguages() throws Exception {
        mvc.perform(multipart("/api/v1/photos/check").with(httpBasic(api.getUsername(), TestData.API_KEY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.messageZh").value(org.hamcrest.Matchers.containsString("没有上传文件")))
                .andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("No file")));
        mvc.perform(send("/api/v1/photos/check", "ok.jpg", new byte[] {1}).param("profile", "../../etc/passwd"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("Unknown profile")));
        mvc.perform(send("/api/v1/photos/fix", "ok.jpg", new byte[] {1}).param("profile", "zikao-xinjiang").param("background", "blue"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("does not allow background blue")));
        mvc.perform(get("/api/v1/photos/check").with(httpBasic(api.getUsername(), TestData.API_KEY)))
                .andExpect(status().isMethodNotAllowed()).andExpect(jsonPath("$.messageZh").exists());
        mvc.perform(post("/api/v1/photos/check").with(httpBasic(api.getUsername(), TestData.API_KEY))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.messageZh").value(org.hamcrest.Matchers.containsString("multipart")));
    }

    @Test
    void onlyApiAccountsAndAdminsMayUseIt() throws Exception {
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        MockMultipartFile file = new MockMultipartFile("file", "ok.jpg", "image/jpeg", photo);
        mvc.perform(multipart("/api/v1/photos/check").file(file)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.messageZh").value(org.hamcrest.Matchers.containsString("需要登录")));
        mvc.perform(multipart("/api/v1/photos/check").file(file).with(httpBasic(api.getUsername(), "wrong")))
                .andExpect(status().isUnauthorized());
        Account candidate = data.candidate(data.institution("芜湖"));
        mvc.perform(multipart("/api/v1/photos/check").file(file).with(httpBasic(candidate.getUsername(), TestData.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.messageEn").value("this account may not use the API"));
        Account reviewer = data.reviewer(data.institution("芜湖"));
        mvc.perform(multipart("/api/v1/photos/check").file(file).with(httpBasic(reviewer.getUsername(), TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        Account admin = data.staff(Role.ADMIN);
        mvc.perform(multipart("/api/v1/photos/check").file(file).with(httpBasic(admin.getUsername(), TestData.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void isDescribedByOpenApi() throws Exception {
        JsonNode doc = JSON.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(doc.path("paths").has("/api/v1/photos/check")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/photos/fix")).isTrue();
        assertThat(doc.path("components").path("securitySchemes").has("basic")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/photos/check").path("post").path("requestBody").path("content")
                .has("multipart/form-data")).isTrue();
    }
}
