package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The verdict a candidate reads on 我的照片: a summary, one plain line per problem with what to do, no rule id and no
 * measurement outside the folded details; a photo of the wrong size says that size comes first.
 */
@PortalTest
public class CandidateVerdictPageTest {

    /** What only staff read: measurement words of the engine's texts. */
    static final Pattern ENGINEERING = Pattern.compile("ΔE|σL|yaw|pitch|p\\(open\\)|\\d px|cells |objects |gradphoto");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;

    Account candidate;

    @BeforeEach
    void setUp() {
        candidate = data.candidate(data.institution("城" + System.nanoTime()));
    }

    String page() throws Exception {
        return mvc.perform(get("/me/photo").with(user(TestData.user(candidate)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Rows of the folded details as the page writes them: the status, then the requirement's Chinese name. */
    public static final String ROW_GEOM_CROWN_PASSED = "data-status=\"PASSED\">\n        <td>头顶位置</td>";
    public static final String ROW_FILE_FORMAT_FAILED = "data-status=\"FAILED\">\n        <td>文件格式</td>";
    public static final String ROW_FILE_DIMENSIONS_FAILED = "data-status=\"FAILED\">\n        <td>照片尺寸</td>";
    public static final String ROW_FILE_FORMAT_PASSED = "data-status=\"PASSED\">\n        <td>文件格式</td>";
    public static final String ROW_FILE_COLOR_DEPTH_FAILED = "data-status=\"FAILED\">\n        <td>色彩</td>";
    public static final String ROW_FACE_SAME_PERSON_PASSED = "data-status=\"PASSED\">\n        <td>是否本人</td>";

    /** A row of the folded details: the requirement's Chinese name with its status (no rule id on these pages). */
    public static String row(String nameZh, String status) {
        return "data-status=\"" + status + "\">\\s*<td>" + nameZh + "</td>";
    }

    /** The page as the candidate sees it before opening the folded details. */
    static String outsideDetails(String html) {
        return html.replaceAll("(?s)<details id=\"verdict-details\">.*?</details>", "");
    }

    public static void speaksPlainly(String html) {
        String seen = outsideDetails(html);
        for (String id : RuleCatalogue.ids()) {
            assertThat(seen).as("rule id " + id).doesNotContain(id);
        }
        assertThat(ENGINEERING.matcher(seen).find()).as("measurement words on the page").isFalse();
    }

    @Test
    void aPhoneSizedPhotoSaysSizeComesFirstAndWhatTheFixPutsRight() throws Exception {
        photos.upload(candidate.getId(), "phone.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
        String html = page();
        speaksPlainly(html);
        assertThat(html).containsPattern("照片有 \\d+ 处不符合要求，需要修改后才能通过审核。")
                .contains("照片尺寸：</strong><span>照片尺寸不对：要求宽 480 像素、高 640 像素。", "请将照片裁剪、缩放为宽 480 像素、高 640 像素。",
                        "文件格式：</strong><span>照片不是 JPG 格式。", "照片尺寸调整为规定大小后，才能检查头部的位置和大小。",
                        "照片尺寸还不是 480×640", "旁边自动修正后的照片已解决以上全部问题，可以直接使用。",
                        "请确认没有佩戴耳环、项链等饰品")
                .doesNotContain("头部太靠下", "头部在照片中太靠下");
        // what the fix did is said beside the fixed version
        assertThat(html).containsPattern("(?s)<ul class=\"fix-notes\" id=\"fix-notes\">\\s*<li>原图");
        // the size sentence once, though three position rules wait for it
        assertThat(html.split("才能检查头部的位置和大小", -1)).hasSize(2);
        // the measurements are still there, folded, for whoever opens them
        assertThat(html).contains("<details id=\"verdict-details\">", "413 × 531 px");
        for (String id : RuleCatalogue.ids()) {
            assertThat(html).as("rule id " + id + " anywhere in the page").doesNotContain(id);
        }
    }

    @Test
    void aCompliantPhotoSaysItCanBeSubmitted() throws Exception {
        photos.upload(candidate.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        String html = page();
        speaksPlainly(html);
        assertThat(html).contains("照片符合要求，可以提交").doesNotContain("需要修改</h3>", "照片有 ");
    }

    @Test
    void theEnglishPageSpeaksPlainlyToo() throws Exception {
        photos.upload(candidate.getId(), "phone.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
        String html = mvc.perform(get("/me/photo?lang=en").with(user(TestData.user(candidate)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        speaksPlainly(html);
        assertThat(html).containsPattern("The photo has \\d+ problem\\(s\\) to put right")
                .contains("Photo size: </strong><span>The photo is the wrong size");
    }
}
