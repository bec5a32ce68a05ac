package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.gradphoto.engine.testing.Browser;
import org.gradphoto.portal.SmtpServer;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.EmailAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 忘记密码 in Chromium: a candidate asks for a code on the login page, reads it in the mail of a real SMTP server
 * (GreenMail, started here), sets a new password and logs in with it.
 */
class PasswordResetBrowserTest extends PortalInBrowser {

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

    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    TransactionTemplate tx;

    String mailedCode(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !smtp.mailTo(address).isEmpty());
        return SmtpServer.resetCode(smtp.mailTo(address).get(0));
    }

    @Test
    void aCandidateResetsAForgottenPasswordWithTheCodeFromTheMail() throws Exception {
        startBrowser();
        Account c = data.candidate(data.institution("城" + System.nanoTime()));
        String address = "reset" + System.nanoTime() + "@example.com";
        tx.executeWithoutResult(s -> accounts.findById(c.getId()).orElseThrow().changeEmail(new EmailAddress(address)));

        open("/login");
        go(el("to-forgot"));
        el("username").sendKeys(c.getUsername());
        go(el("send-code"));
        assertThat(el("flash-notice").getText()).contains("验证码已发送");
        assertThat(el("username").getAttribute("value")).isEqualTo(c.getUsername());
        el("code").sendKeys(mailedCode(address));
        el("password").sendKeys("Graduate2031");
        el("confirmPassword").sendKeys("Graduate2031");
        Browser.screenshot(browser, SHOTS.resolve("password-reset.png"));
        go(el("reset-password"));
        assertThat(el("reset-done").getText()).contains("密码已重新设置");

        logIn(c.getUsername(), "Graduate2031");
        assertThat(browser.getCurrentUrl()).endsWith("/me/photo");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }
}
