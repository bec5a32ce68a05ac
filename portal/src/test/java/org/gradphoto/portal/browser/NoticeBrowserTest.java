package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 通知公告 and 联系方式 in Chromium: the admin publishes a notice with an attachment through the form, withdrawing
 * asks once; a visitor on a 390 x 844 phone finds it on the landing page, reads it and its view count, and reads
 * the directory without the page scrolling sideways. Screenshots to target/screenshots.
 */
class NoticeBrowserTest extends PortalInBrowser {

    @Autowired
    TestData data;

    void fitsTheScreen() {
        Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) browser.executeScript("return window.innerWidth");
        assertThat(scroll.intValue()).isLessThanOrEqualTo(width.intValue());
        String seen = browser.findElement(By.tagName("main")).getText();
        for (String id : RuleCatalogue.ids()) {
            assertThat(seen).as(id).doesNotContain(id);
        }
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void theAdminPublishesANoticeThatAVisitorReadsOnAPhone() throws Exception {
        Account admin = data.staff(Role.ADMIN);
        Path pdf = dir.resolve("考试安排.pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String title = "关于2026年下半年毕业生图像采集的通知";

        startBrowser();
        logIn(admin.getUsername());
        go(el("nav-notices-manage"));
        el("title").sendKeys(title);
        el("body").sendKeys("请各位考生在截止日期前上传照片。\n\n具体安排见附件。");
        el("files").sendKeys(pdf.toString());
        go(el("publish"));
        assertThat(el("flash-notice").getText()).isEqualTo("通知已发布。");
        assertThat(el("mine").getText()).contains(title, "所有人（未登录也能看到）", "显示中");
        // a link-like button on a white card must not be white itself
        assertThat(browser.executeScript("return getComputedStyle(arguments[0]).color", css("#mine button.withdraw")))
                .isNotEqualTo("rgb(255, 255, 255)");
        Browser.screenshot(browser, SHOTS.resolve("notices-manage.png"));

        // withdrawing asks once: declined, nothing happens
        String other = "发错的通知";
        el("title").sendKeys(other);
        el("body").sendKeys("这条要撤回。");
        go(el("publish"));
        css("#mine tbody tr:first-child button.withdraw").click();
        assertThat(browser.switchTo().alert().getText()).contains("确定撤回吗");
        browser.switchTo().alert().dismiss();
        assertThat(css("#mine tbody tr:first-child").getText()).contains(other, "显示中");
        WebElement withdraw = css("#mine tbody tr:first-child button.withdraw");
        withdraw.click();
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(withdraw));
        assertThat(el("flash-notice").getText()).isEqualTo("通知已撤回。");
        assertThat(css("#mine tbody tr:first-child").getText()).contains(other, "已撤回");
        browser.quit();

        browser = Browser.start(dir.resolve("phone"), 390, 844);
        open("/");
        assertThat(el("latest-notices").getText()).contains(title).doesNotContain(other);
        fitsTheScreen();
        go(browser.findElement(By.linkText(title)));
        assertThat(el("notice-title").getText()).isEqualTo(title);
        assertThat(el("notice-meta").getText()).contains("发布单位：系统管理员", "浏览量：1");
        assertThat(el("notice").getText()).contains("请各位考生在截止日期前上传照片。", "具体安排见附件。");
        assertThat(el("notice-files").getText()).contains("考试安排.pdf");
        fitsTheScreen();
        Browser.screenshot(browser, SHOTS.resolve("notice-phone.png"));

        go(el("nav-contacts"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("联系方式");
        fitsTheScreen();
        Browser.screenshot(browser, SHOTS.resolve("contacts-phone.png"));
    }
}
