package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.graduation.GraduationData.World;
import org.gradphoto.portal.graduation.GraduationData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A self-study graduation application in a real headless Chromium: a candidate with an approved photo and a
 * verified diploma applies for the 本科 accounting major, is exempted from 13000 by CET-4 (with the certificate as
 * PDF) and substitutes 00020 for 00023, saves; the city passes it, the province returns it, the candidate corrects
 * and saves again, and the city, the province (four steps) and the city again take it to 证书可领取. The candidate's
 * page at the end is kept as docs/graduation-application.png.
 */
class GraduationBrowserTest extends PortalInBrowser {

    @Autowired
    GraduationData data;

    String notice() {
        return el("flash-notice").getText();
    }

    /** The office officer opens the application from their queue and takes the next step. */
    void advance(Account officer, String id, String expected) {
        logIn(officer.getUsername());
        open("/office/applications");
        go(css("tr[data-application='" + id + "'] a"));
        go(el("advance"));
        assertThat(notice()).isEqualTo("已通过。");
        open("/office/applications/" + id);
        assertThat(el("app-status").getText()).isEqualTo(expected);
        logOut();
    }

    @Test
    void anApplicationGoesFromTheCandidateThroughEveryStepToTheCertificate() throws Exception {
        World w = data.world();
        startBrowser();
        Path certificate = Files.write(dir.resolve("CET4成绩单.pdf"), GraduationData.PDF);

        // the candidate starts an application for the accounting major under the round and ticket
        logIn(w.candidate().getUsername());
        open("/me/graduation");
        assertThat(el("tickets").getText()).contains(w.ticket().getNumber(), "中级财务会计");
        new Select(el("start-round")).selectByValue(w.round().getId().toString());
        new Select(el("start-major")).selectByValue(w.major().getId().toString());
        new Select(el("start-ticket")).selectByValue(w.ticket().getId().toString());
        go(el("start"));
        String url = browser.getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);
        assertThat(css("tr[data-course='13000']").getAttribute("data-resolution")).isEqualTo("MISSING");
        assertThat(el("problems").getText()).contains("13000 英语（专升本）：未通过", "学分不足：已获 10，要求 27");

        // declares CET-4: 13000 may now be exempted under Anhui's rule, with the certificate attached
        new Select(el("q-kind")).selectByValue("CET");
        el("q-grade").sendKeys("4");
        go(el("save-qualifications"));
        WebElement exempt = css("tr[data-course='13000'] form.exempt-form");
        exempt.findElement(By.cssSelector("input[type=file]")).sendKeys(certificate.toAbsolutePath().toString());
        go(exempt.findElement(By.cssSelector("button")));
        assertThat(css("tr[data-course='13000']").getAttribute("data-resolution")).isEqualTo("EXEMPTED");
        assertThat(css("tr[data-course='13000']").getText()).contains("依据第二、1.（3）条");

        // 00020 stands in for 00023
        go(css("tr[data-course='00023'] form.substitute-form button"));
        assertThat(css("tr[data-course='00023']").getAttribute("data-resolution")).isEqualTo("SUBSTITUTED");
        assertThat(css("tr[data-course='00023']").getText()).contains("00020 高等数学（一）");

        // contact details; the check then has nothing left to say; save
        el("phone").sendKeys("13800138000");
        el("address").sendKeys("安徽省芜湖市镜湖区北京中路 1 号");
        go(el("save-contact"));
        assertThat(el("problems").getText()).contains("可以保存申请");
        go(el("submit-application"));
        assertThat(el("app-status").getText()).isEqualTo("已受理");
        logOut();

        // the city passes it; the province returns it with a reason
        advance(w.city(), id, "市级初审通过");
        logIn(w.province().getUsername());
        assertThat(browser.getCurrentUrl()).endsWith("/office/applications");
        go(css("tr[data-application='" + id + "'] a"));
        assertThat(el("plan").getText()).contains("二、1.（3）", "00020");
        el("reason").sendKeys("通讯地址请写到门牌号");
        go(el("return"));
        assertThat(notice()).isEqualTo("已退回考生。");
        assertThat(browser.findElements(By.cssSelector("tr[data-application='" + id + "']"))).as("left the queue").isEmpty();
        open("/office/applications/" + id);
        assertThat(el("app-status").getText()).isEqualTo("已退回");
        logOut();

        // the candidate sees why, corrects the address and saves again
        logIn(w.candidate().getUsername());
        open("/me/graduation/applications/" + id);
        assertThat(el("returned").getText()).contains("通讯地址请写到门牌号");
        el("address").clear();
        el("address").sendKeys("安徽省芜湖市镜湖区北京中路 1 号 3 栋 502 室");
        go(el("save-contact"));
        go(el("submit-application"));
        assertThat(el("app-status").getText()).isEqualTo("已受理");
        logOut();

        // every step to the certificate
        advance(w.city(), id, "市级初审通过");
        advance(w.province(), id, "主考院校与省级会审通过");
        advance(w.province(), id, "教育部考试院审核通过");
        advance(w.province(), id, "学信网核验通过");
        advance(w.province(), id, "电子注册完成");
        advance(w.city(), id, "证书可领取");

        logIn(w.candidate().getUsername());
        open("/me/graduation/applications/" + id);
        assertThat(el("app-status").getText()).isEqualTo("证书可领取");
        assertThat(css("#steps li.now").getText()).isEqualTo("证书可领取");
        assertThat(el("app-history").getText()).contains("已退回", "通讯地址请写到门牌号", "电子注册完成");
        Browser.screenshot(browser, SHOTS.resolve("graduation-application.png"));
    }
}
