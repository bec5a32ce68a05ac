package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Photo storage that cannot take a file (here: every subdirectory a file would go to is blocked, as a read-only or
 * full disk refuses it): the upload is answered 503 with a clear message, the candidate's photo is unchanged and
 * nothing half-written stays behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StorageFailureTest {

    static final Path BLOCKED;

    static {
        try {
            BLOCKED = Files.createTempDirectory("gradphoto-blocked-store");
            for (int i = 0; i < 256; i++) {
                Files.writeString(BLOCKED.resolve(String.format("%02x", i)), "not a directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry r) {
        r.add("gradphoto.photos-dir", BLOCKED::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoUploadRepository uploads;

    @Test
    void anUploadTheStorageCannotTakeIs503AndKeepsNothing() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        MvcResult r = mvc.perform(multipart("/me/photo").file(new MockMultipartFile("file", "me.jpg", "image/jpeg",
                Engines.compliant("idpass/sample_id_3.png"))).with(csrf()).with(user(TestData.user(c)))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(503);
        assertThat(r.getResponse().getContentAsString()).contains("暂时无法保存文件", "您的照片没有保存")
                .doesNotContain("Exception");
        MvcResult en = mvc.perform(multipart("/me/photo").file(new MockMultipartFile("file", "me.jpg", "image/jpeg",
                Engines.compliant("idpass/sample_id_3.png"))).param("lang", "en").with(csrf()).with(user(TestData.user(c))))
                .andReturn();
        assertThat(en.getResponse().getContentAsString()).contains("Files cannot be stored right now");
        assertThat(uploads.findAll()).noneMatch(u -> u.getCandidate().getId().equals(c.getId()));
        try (Stream<Path> s = Files.walk(BLOCKED)) {
            assertThat(s.filter(p -> p.toString().endsWith(".part") || p.toString().endsWith(".pending"))).isEmpty();
        }
    }
}
