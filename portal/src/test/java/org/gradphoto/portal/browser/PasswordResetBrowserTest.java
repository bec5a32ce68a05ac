package org.gradphoto.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradphoto.engine.testing.Browser;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 忘记密码 in Chromium: a candidate asks for a code on the login page, reads it in the mail of a real SMTP server
 * (GreenMail, started here), sets a new password and logs in with it.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "gradphoto.outbox.delay-ms=200"})
class PasswordResetBrowserTest extends PortalInBrowser {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry r) {
        r.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    TransactionTemplate tx;

    String mailedCode(String address) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> to(m, address)));
        var mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address)).findFirst().orElseThrow();
        Matcher code = Pattern.compile("验证码 (\\d{6})").matcher(mail.getContent().toString());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    static boolean to(jakarta.mail.Message m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            return false;
        }
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
