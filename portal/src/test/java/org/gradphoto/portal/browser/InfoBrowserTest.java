package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.gradphoto.engine.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An anonymous visitor in Chromium, on a desktop and on a 390 x 844 phone: the landing page, the requirements with
 * their example photos and the questions read in plain words and fit the screen. Screenshots to target/screenshots.
 */
class InfoBrowserTest extends PortalInBrowser {

    void fitsAndSpeaksPlainly() {
        Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) browser.executeScript("return window.innerWidth");
        assertThat(scroll.intValue()).isLessThanOrEqualTo(width.intValue());
        String seen = browser.findElement(By.tagName("main")).getText();
        for (String id : RuleCatalogue.ids()) {
            assertThat(seen).as(id).doesNotContain(id);
        }
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    void readsTheVisitorsPages(String suffix) {
        open("/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("学历证书电子注册图像采集");
        assertThat(el("about").getText()).contains("上传照片后立即逐项检查");
        fitsAndSpeaksPlainly();
        Browser.screenshot(browser, SHOTS.resolve("info-home" + suffix + ".png"));

        go(el("to-requirements"));
        assertThat(el("frame").getText()).contains("宽 480 像素、高 640 像素");
        List<WebElement> examples = browser.findElements(By.cssSelector("#examples img"));
        assertThat(examples).hasSize(5);
        for (WebElement img : examples) {
            assertThat(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 480;", img))
                    .as(img.getAttribute("src")).isEqualTo(true);
        }
        fitsAndSpeaksPlainly();
        Browser.screenshot(browser, SHOTS.resolve("info-requirements" + suffix + ".png"));

        open("/faq");
        assertThat(el("known-errors").getText()).contains("图片过大或过小", "照片文件不规范");
        fitsAndSpeaksPlainly();
        Browser.screenshot(browser, SHOTS.resolve("info-faq" + suffix + ".png"));
    }

    @Test
    void aVisitorReadsTheLandingPageTheRequirementsAndTheQuestionsOnADesktop() {
        startBrowser();
        readsTheVisitorsPages("");
    }

    @Test
    void andOnAPhone() {
        browser = Browser.start(dir.resolve("chrome"), 390, 844);
        readsTheVisitorsPages("-phone");
    }
}
