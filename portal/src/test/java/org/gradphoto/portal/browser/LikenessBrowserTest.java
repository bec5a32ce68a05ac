package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.school.SchoolData;
import org.gradphoto.portal.photo.PhotoService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reference photos in a real headless Chromium: the office imports a zip of admission photos on its page; a
 * candidate whose new photo shows someone else is told so in plain words (no rule id, no number) before submitting;
 * the reviewer sees the similarity beside the reference picture.
 */
class LikenessBrowserTest extends PortalInBrowser {

    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;

    @Test
    void officeImportsCandidateIsWarnedReviewerSeesTheSimilarity() throws Exception {
        Institution inst = data.institution("芜湖");
        Account reviewer = data.reviewer(inst);
        Account candidate = data.candidate(inst);
        Path zip = Files.write(dir.resolve("admission.zip"), SchoolData.zip(Map.of(candidate.getIdNumber() + ".png",
                Faces.bytes(Faces.shipped("idpass/sample_id_3.png")))));
        startBrowser();

        logIn(reviewer.getUsername());
        go(el("nav-references"));
        el("file").sendKeys(zip.toAbsolutePath().toString());
        go(el("import"));
        assertThat(el("report").getText()).contains("已导入 1 张，更新 0 张，跳过 0 个文件");
        assertThat(el("count").getText()).contains("1 张");
        logOut();

        photos.upload(candidate.getId(), "me.jpg", Engines.compliant("idpass/sample_id_4.png"));
        logIn(candidate.getUsername());
        open("/me/photo");
        String warning = el("not-like-reference").getText();
        assertThat(warning).contains("和我们收到的您的录取照片不太像", "审核老师会对照核实");
        assertThat(warning).doesNotContainPattern("[A-Z]{3,}_|\\d\\.\\d");
        Browser.screenshot(browser, SHOTS.resolve("likeness-candidate.png"));
        go(el("submit"));
        logOut();

        Long photoId = photos.photoOf(candidate.getId()).getId();
        logIn(reviewer.getUsername());
        open("/review/" + photoId);
        assertThat(el("likeness").getText()).containsPattern("相似度 0\\.\\d\\d：不像本人，请对照参考照片核实");
        Object width = browser.executeScript("return document.getElementById('reference-image').naturalWidth");
        assertThat(((Number) width).intValue()).isGreaterThan(0);
        Browser.screenshot(browser, SHOTS.resolve("likeness-review.png"));
    }
}
