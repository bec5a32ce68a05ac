package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.RejectReason;
import org.gradphoto.portal.photo.ReviewStatus;
import org.gradphoto.portal.print.PdfImages;
import org.gradphoto.engine.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer in Chromium: finds a candidate by ID number, sees the candidate's own file beside the fixed photo with
 * the badge, rejects with 帽子/饰品 (the candidate's words shown as the reason is chosen), goes to the next photo with
 * J, and bulk-approves after confirming (declined first: nothing happens); the admin then prints the institution's
 * approved photos (the PDF's drawn photos counted, its first page rendered). No rule id or class name on the pages
 * but in the rule table. Screenshots to target/screenshots.
 */
class ReviewerBrowserTest extends PortalInBrowser {

    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;

    /** Each page's visible text by its address. */
    final java.util.Map<String, String> seen = new java.util.LinkedHashMap<>();

    /** The visible text of the page now open without the rule table (where staff read rule ids on purpose), kept. */
    void see() {
        seen.put(seen.size() + " " + browser.getCurrentUrl(), (String) browser.executeScript("var m = document.querySelector('main').cloneNode(true);"
                + " m.querySelectorAll('#rules').forEach(function (t) { t.remove(); }); return m.innerText;"));
    }

    CandidatePhoto submitted(Account c, byte[] photo) {
        photos.upload(c.getId(), "me.jpg", photo);
        photos.submit(c.getId());
        return photos.photoOf(c.getId());
    }

    @Test
    void aReviewerFindsComparesRejectsMovesOnWithAKeyAndBulkApprovesAndTheAdminPrintsTheApproved() throws Exception {
        Institution inst = data.institution("城" + System.nanoTime());
        Account reviewer = data.reviewer(inst);
        Account fixedOne = data.candidate(inst);
        var upload = photos.upload(fixedOne.getId(), "手机照片.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png")));
        photos.useFix(fixedOne.getId(), upload.getId());
        photos.submit(fixedOne.getId());
        CandidatePhoto second = submitted(data.candidate(inst), Engines.compliant("idpass/sample_id_3.png"));
        CandidatePhoto third = submitted(data.candidate(inst), Engines.compliant("idpass/sample_id_3.png"));

        startBrowser();
        logIn(reviewer.getUsername());
        el("q").sendKeys(fixedOne.getIdNumber().toLowerCase());
        go(el("apply-filter"));
        assertThat(browser.findElements(By.cssSelector("#queue tbody tr[data-photo]"))).hasSize(1);
        see();
        go(browser.findElement(By.linkText(fixedOne.getName())));
        assertThat(el("fixed-badge").getText()).contains("自动修正");
        assertThat(browser.executeScript("return document.getElementById('fixed-from-image').naturalWidth > 0")).isEqualTo(true);
        assertThat(el("candidate-original").getText()).contains("手机照片.png");
        new Select(el("reason")).selectByValue(RejectReason.HEADWEAR_JEWELLERY.name());
        assertThat(el("reason-todo").getText()).isEqualTo(RejectReason.HEADWEAR_JEWELLERY.todoZh());
        Browser.screenshot(browser, SHOTS.resolve("review-fixed-side-by-side.png"));
        see();
        go(el("reject"));
        assertThat(el("flash-notice").getText()).contains("已审核不通过");
        assertThat(photos.photoOf(fixedOne.getId()).getRejectReason()).isEqualTo(RejectReason.HEADWEAR_JEWELLERY);
        see();

        // the queue without the search: the first photo, then J to the next
        open("/review");
        go(browser.findElement(By.cssSelector("#queue tr[data-photo='" + second.getId() + "'] a")));
        WebElement heading = browser.findElement(By.tagName("h1"));
        new Actions(browser).sendKeys("j").perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(heading));
        assertThat(browser.getCurrentUrl()).contains("/review/" + third.getId());

        // bulk: nothing ticked, the button does nothing; ticked and declined, nothing; confirmed, approved
        open("/review");
        assertThat(el("bulk-approve").isEnabled()).isFalse();
        css("#queue tr[data-photo='" + second.getId() + "'] input[name=ids]").click();
        css("#queue tr[data-photo='" + third.getId() + "'] input[name=ids]").click();
        assertThat(el("bulk-approve").isEnabled()).isTrue();
        el("bulk-approve").click();
        assertThat(browser.switchTo().alert().getText()).isEqualTo("确定批量通过所选的照片吗？");
        browser.switchTo().alert().dismiss();
        assertThat(photos.photoOf(second.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
        WebElement button = el("bulk-approve");
        button.click();
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
        assertThat(el("bulk-notice").getText()).isEqualTo("已批量通过 2 张照片。");
        assertThat(photos.photoOf(third.getCandidate().getId()).getStatus()).isEqualTo(ReviewStatus.APPROVED);
        see();
        open("/review?status=REJECTED");
        see();
        // no constant of the code, class name or temp path on any page the reviewer saw
        assertThat(seen).hasSizeGreaterThan(4);
        seen.forEach((page, text) -> assertThat(text).as(page).doesNotContainPattern("[A-Z_]{5,}")
                .doesNotContain(".zip!", "org.gradphoto", "Exception", "/tmp/"));
        Browser.screenshot(browser, SHOTS.resolve("review-queue.png"));
        assertThat(Browser.consoleErrors(browser)).isEmpty();
        logOut();

        // the admin prints the institution's approved photos: the two bulk-approved ones, not the rejected one
        org.junit.jupiter.api.Assumptions.assumeTrue(org.gradphoto.portal.print.PdfPages.DEFAULT_FONTS.stream().anyMatch(Files::isReadable),
                "no CJK TrueType font (apt-get install fonts-droid-fallback): skipping the printed sheet");
        logIn(data.staff(Role.ADMIN).getUsername());
        open("/admin");
        WebElement print = browser.findElement(By.cssSelector("a[href='/admin/photos/sheet.pdf?institution=" + inst.getId() + "']"));
        HttpResponse<byte[]> sheet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(print.getAttribute("href")))
                .header("Cookie", sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(PdfImages.drawn(sheet.body())).hasSize(2);
        try (var doc = Loader.loadPDF(sheet.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(second.getCandidate().getIdNumber(), third.getCandidate().getName())
                    .doesNotContain(fixedOne.getIdNumber());
            Files.createDirectories(SHOTS);
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 60), "png", SHOTS.resolve("admin-photo-sheet-1.png").toFile());
        }
        assertThat(browser.findElement(By.id("exports")).getText()).doesNotContain("背胶照片（" + inst.getNameZh() + "）");
        open("/admin");
        assertThat(browser.findElement(By.id("exports")).getText()).contains("背胶照片（" + inst.getNameZh() + "）");
        see();
        seen.forEach((page, text) -> assertThat(text).as(page).doesNotContainPattern("[A-Z_]{5,}")
                .doesNotContain("org.gradphoto", "Exception"));
    }
}
