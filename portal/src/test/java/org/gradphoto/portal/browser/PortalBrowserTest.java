package org.gradphoto.portal.browser;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.gradphoto.portal.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal in a real headless Chromium, end to end: a candidate registers, uploads a failing photo, sees the
 * failed rules, takes the fixed version and submits it; a reviewer rejects it with a reason; the candidate sees
 * the reason and uploads again; the reviewer approves; the candidate downloads the approved photo and finds both
 * decisions in the message box and in the mail of a real SMTP server (GreenMail). Screenshots of the verdict and review pages go to
 * target/screenshots (copies kept in docs/).
 */
class PortalBrowserTest extends PortalInBrowser {

    static final SmtpServer smtp = SmtpServer.SHARED;

    @DynamicPropertySource
    static void smtpSettings(DynamicPropertyRegistry r) {
        smtp.register(r);
    }

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** The colour of the image's top-left corner as the browser decoded it: [r, g, b]. */
    @SuppressWarnings("unchecked")
    List<Long> corner(String imageId) {
        return (List<Long>) browser.executeScript("""
                const img = document.getElementById(arguments[0]);
                const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
                const g = c.getContext('2d'); g.drawImage(img, 0, 0);
                const d = g.getImageData(4, 4, 1, 1).data; return [d[0], d[1], d[2]];""", imageId);
    }

    @Autowired
    TestData data;

    Institution institution;
    Account reviewer;

    @BeforeEach
    void setUp() {
        institution = data.institution("芜湖");
        reviewer = data.reviewer(institution);
    }

    Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    void upload(Path file) {
        el("file").sendKeys(file.toAbsolutePath().toString());
        go(el("upload"));
    }

    @Test
    void registerUploadFixSubmitRejectUploadAgainApprove() throws Exception {
        startBrowser();
        String id = TestData.newIdNumber();

        // register
        open("/register");
        el("name").sendKeys("王小明");
        new Select(el("idType")).selectByValue("RESIDENT_ID_CARD");
        el("idNumber").sendKeys(id.toLowerCase());
        el("mobile").sendKeys("13912345678");
        String address = "wang" + System.nanoTime() + "@example.com";
        el("email").sendKeys(address);
        new Select(el("institutionId")).selectByValue(institution.getId().toString());
        el("password").sendKeys("Graduate2026");
        el("confirmPassword").sendKeys("Graduate2026");
        go(el("register"));
        assertThat(el("registered").getText()).contains("注册成功");

        // log in and upload a failing phone photo: the failed rules and a fixed version are shown
        logIn(id, "Graduate2026");
        assertThat(browser.getCurrentUrl()).endsWith("/me/photo");
        upload(file("phone.png", Faces.bytes(Faces.shipped("idpass/sample_id_1.png"))));
        assertThat(el("verdict").getText()).isEqualTo("不合格");
        // the verdict as the candidate reads it: a summary and plain lines, no rule id, no measurement
        String seen = browser.findElement(By.tagName("main")).getText();
        assertThat(seen).containsPattern("照片有 \\d+ 处不符合要求").contains("文件格式：照片不是 JPG 格式。",
                "照片尺寸调整为规定大小后，才能检查头部的位置和大小。");
        for (String rule : org.gradphoto.engine.rules.RuleCatalogue.ids()) {
            assertThat(seen).as(rule).doesNotContain(rule);
        }
        assertThat(seen).doesNotContain("px", "ΔE", "yaw", "文件实际为 PNG 格式");
        // the measurements are folded away for whoever opens them
        browser.findElement(By.cssSelector("#verdict-details summary")).click();
        assertThat(browser.findElements(By.cssSelector("#rules tr[data-status=FAILED]"))).hasSizeGreaterThan(3);
        assertThat(el("rules").getText()).contains("文件实际为 PNG 格式");
        assertThat(has("fix-offer")).isTrue();
        assertThat(imageLoaded("current-image")).isTrue();
        assertThat(imageLoaded("fix-image")).isTrue();
        Browser.screenshot(browser, SHOTS.resolve("portal-upload-verdict.png"));

        // light blue, then white: the fixed photo shown is the colour chosen
        go(el("background-blue"));
        await().atMost(Duration.ofSeconds(10)).until(() -> imageLoaded("fix-image"));
        List<Long> blue = corner("fix-image");
        assertThat(Math.abs(blue.get(0) - 100)).as("blue corner " + blue).isLessThanOrEqualTo(12);
        assertThat(Math.abs(blue.get(2) - 255)).as("blue corner " + blue).isLessThanOrEqualTo(12);
        go(el("background-white"));
        await().atMost(Duration.ofSeconds(10)).until(() -> imageLoaded("fix-image"));
        assertThat(corner("fix-image")).as("white corner").allMatch(v -> v >= 246);
        assertThat(el("background-white").isEnabled()).isFalse();

        // take the fix and submit it
        go(el("use-fix"));
        assertThat(el("flash-notice").getText()).contains("已改用修正后的照片");
        assertThat(el("verdict").getText()).startsWith("合格");
        go(el("submit"));
        assertThat(el("status").getText()).isEqualTo("待审核");
        logOut();

        // the reviewer rejects it with a standard reason
        logIn(reviewer.getUsername(), TestData.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/review");
        WebElement row = browser.findElement(By.xpath("//table[@id='queue']//tr[td/a[text()='王小明']]"));
        assertThat(row.getText()).contains(id.substring(0, 4) + "**********" + id.substring(14)).doesNotContain(id);
        go(row.findElement(By.tagName("a")));
        assertThat(imageLoaded("annotated-image")).isTrue();
        Browser.screenshot(browser, SHOTS.resolve("portal-review.png"));
        new Select(el("reason")).selectByValue("EYES");
        el("text").sendKeys("请使用正面照，双眼平视。");
        go(el("reject"));
        assertThat(el("flash-notice").getText()).contains("已审核不通过");
        logOut();

        // the candidate sees why, uploads a new photo and submits it
        logIn(id, "Graduate2026");
        assertThat(el("status").getText()).isEqualTo("审核不通过");
        assertThat(el("rejection").getText()).contains("双眼需水平/眼睛过高或过低", "请使用正面照，双眼平视。");
        upload(file("new.jpg", Engines.compliant("idpass/sample_id_3.png")));
        assertThat(el("verdict").getText()).isEqualTo("合格");
        go(el("submit"));
        assertThat(el("status").getText()).isEqualTo("待审核");
        logOut();

        // the reviewer approves; the candidate sees it
        logIn(reviewer.getUsername(), TestData.PASSWORD);
        go(browser.findElement(By.xpath("//table[@id='queue']//a[text()='王小明']")));
        go(el("approve"));
        assertThat(el("flash-notice").getText()).contains("已审核通过");
        logOut();
        logIn(id, "Graduate2026");
        assertThat(el("status").getText()).isEqualTo("审核通过");
        assertThat(has("upload")).isFalse();
        // the approved photo downloads as the JPEG that was approved
        @SuppressWarnings("unchecked")
        List<Object> download = (List<Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('download-approved').href).then(r => r.arrayBuffer().then(b =>
                    done([r.status, r.headers.get('content-type'), b.byteLength])));""");
        assertThat(download.subList(0, 2)).containsExactly(200L, "image/jpeg");
        assertThat(((Number) download.get(2)).intValue()).isEqualTo(Engines.compliant("idpass/sample_id_3.png").length);
        // both decisions wait in the message box, the newest first
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            open("/me/photo");
            return el("nav-messages").getText().contains("2条未读");
        });
        go(el("nav-messages"));
        assertThat(el("messages").getText()).contains("照片审核通过", "照片审核未通过", "请使用正面照，双眼平视。");
        assertThat(el("messages").getText().indexOf("照片审核通过")).isLessThan(el("messages").getText().indexOf("照片审核未通过"));
        Browser.screenshot(browser, SHOTS.resolve("portal-messages.png"));
        assertThat(Browser.consoleErrors(browser)).isEmpty();
        // and in the mail, once each
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.mailTo(address).size() >= 2);
        List<String> subjects = new java.util.ArrayList<>();
        for (var m : smtp.mailTo(address)) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).containsExactlyInAnyOrder("照片审核未通过", "照片审核通过");
    }

    @Test
    void onAPhoneTheUploadPageFitsTheScreenAndSpeaksEnglishWhenAsked() throws Exception {
        browser = Browser.start(dir.resolve("chrome"), 390, 844);
        Account c = data.candidate(institution);
        logIn(c.getUsername(), TestData.PASSWORD);
        upload(file("me.jpg", Engines.compliant("idpass/sample_id_2.png")));
        Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) browser.executeScript("return window.innerWidth");
        assertThat(scroll.intValue()).isLessThanOrEqualTo(width.intValue());
        assertThat(el("current-image").getSize().getWidth()).isLessThanOrEqualTo(width.intValue());
        go(el("lang-switch"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("My photo");
        assertThat(el("verdict").getText()).startsWith("Passes");
        Browser.screenshot(browser, SHOTS.resolve("portal-phone-en.png"));
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithAClearMessage() throws Exception {
        startBrowser();
        Account c = data.candidate(institution);
        logIn(c.getUsername(), TestData.PASSWORD);
        byte[] big = new byte[11 * 1024 * 1024];
        new java.util.Random(1).nextBytes(big);
        // refused in the page, before a byte travels: the address and the photo stay as they were
        el("file").sendKeys(file("huge.jpg", big).toAbsolutePath().toString());
        assertThat(el("upload-too-big").getText()).contains("超过 10 MB");
        String before = browser.getCurrentUrl();
        el("upload").click();
        assertThat(browser.getCurrentUrl()).isEqualTo(before);
        assertThat(el("upload-too-big").isDisplayed()).isTrue();
        assertThat(has("verdict")).isFalse();
        // a file that fits goes up through the page's script, and the answer keeps its one-time message
        byte[] broken = new byte[2048];
        new java.util.Random(2).nextBytes(broken);
        el("file").sendKeys(file("broken.jpg", broken).toAbsolutePath().toString());
        el("upload").click();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> has("unreadable"));
        assertThat(el("unreadable").getText()).contains("上传的文件不能作为照片使用");
        // a photo that fits goes up and its verdict is shown as without the script
        el("file").sendKeys(file("me.jpg", Engines.compliant("idpass/sample_id_2.png")).toAbsolutePath().toString());
        assertThat(el("upload-too-big").isDisplayed()).isFalse();
        el("upload").click();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> has("verdict"));
        assertThat(el("verdict").getText()).startsWith("合格");
        assertThat(has("unreadable")).isFalse();
        assertThat(browser.getCurrentUrl()).endsWith("/me/photo");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    boolean imageLoaded(String id) {
        return Boolean.TRUE.equals(browser.executeScript(
                "var i=document.getElementById(arguments[0]); return i.complete && i.naturalWidth > 0;", id));
    }
}
