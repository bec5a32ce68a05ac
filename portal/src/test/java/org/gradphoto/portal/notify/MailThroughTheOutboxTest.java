package org.gradphoto.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.gradphoto.portal.photo.RejectReason;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.SmtpServer;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.EmailAddress;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.review.ReviewService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail leaves through the outbox to a real SMTP server (GreenMail, started here): the code of 忘记密码, and every
 * decision told in the message box; while the server is down nothing is lost and, once it is back, it arrives once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class MailThroughTheOutboxTest {

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
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PhotoService photos;
    @Autowired
    ReviewService reviews;
    @Autowired
    Outbox outbox;

    Account candidateWithMail(Institution inst, String address) {
        Account c = data.candidate(inst);
        tx.executeWithoutResult(s -> accounts.findById(c.getId()).orElseThrow().changeEmail(new EmailAddress(address)));
        return accounts.findById(c.getId()).orElseThrow();
    }

    List<MimeMessage> mailTo(String address) {
        return smtp.mailTo(address);
    }

    static String codeIn(MimeMessage m) {
        return SmtpServer.resetCode(m);
    }

    static String decoded(MimeMessage m) {
        return SmtpServer.text(m);
    }

    void reset(Account a, String code, String password, String flashOrView) throws Exception {
        var r = mvc.perform(post("/password/reset").param("username", a.getUsername()).param("code", code)
                .param("password", password).param("confirmPassword", password).with(csrf())).andReturn().getResponse();
        if (flashOrView == null) {
            assertThat(r.getRedirectedUrl()).isEqualTo("/login?reset=");
        } else {
            assertThat(r.getContentAsString()).contains(flashOrView);
        }
    }

    @Test
    void aForgottenPasswordIsResetWithTheCodeFromTheMailOnceOnly() throws Exception {
        String address = "li" + System.nanoTime() + "@example.com";
        Account c = candidateWithMail(data.institution("城" + System.nanoTime()), address);
        mvc.perform(post("/password/forgot").param("username", c.getUsername().toLowerCase()).with(csrf()))
                .andExpect(flash().attribute("notice", "reset.notice.sent"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("学历照片平台：找回密码验证码");
        String code = codeIn(mail);

        reset(c, code.equals("000000") ? "111111" : "000000", "Graduate2031", "验证码不正确或已失效");
        reset(c, code, "12345678", "密码须同时包含字母和数字。");
        reset(c, code, "Graduate2031", null);
        assertThat(encoder.matches("Graduate2031", accounts.findById(c.getId()).orElseThrow().getPasswordHash())).isTrue();
        // used once: the same code again is refused
        reset(c, code, "Graduate2032", "验证码不正确或已失效");
        assertThat(encoder.matches("Graduate2031", accounts.findById(c.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void anUnknownNameIsAnsweredAlikeAndACodeIsVoidAfterFiveWrongTriesAndThreeAnHourAtMost() throws Exception {
        mvc.perform(post("/password/forgot").param("username", "NOBODY-" + System.nanoTime()).with(csrf()))
                .andExpect(flash().attribute("notice", "reset.notice.sent"));
        String address = "wang" + System.nanoTime() + "@example.com";
        Account c = candidateWithMail(data.institution("城" + System.nanoTime()), address);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/password/forgot").param("username", c.getUsername()).with(csrf()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() >= 3);
        Thread.sleep(1000);
        assertThat(mailTo(address)).hasSize(3);
        String latest = codeIn(mailTo(address).get(2));
        String wrong = latest.equals("999999") ? "888888" : "999999";
        for (int i = 0; i < 5; i++) {
            reset(c, wrong, "Graduate2031", "验证码不正确或已失效");
        }
        reset(c, latest, "Graduate2031", "验证码不正确或已失效");
        assertThat(encoder.matches(TestData.PASSWORD, accounts.findById(c.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void aDecisionMadeWhileTheMailServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        Institution inst = data.institution("城" + System.nanoTime());
        String address = "zhao" + System.nanoTime() + "@example.com";
        Account c = candidateWithMail(inst, address);
        photos.upload(c.getId(), "me.jpg", Engines.compliant("idpass/sample_id_3.png"));
        photos.submit(c.getId());
        CandidatePhoto p = photos.photoOf(c.getId());
        smtp.stop();
        try {
            reviews.reject(data.reviewer(inst).getId(), p.getId(), p.getVersion(), RejectReason.OTHER, "衣领遮住了下巴");
            // the message box has it at once; the mail waits, tried and failed
            await().atMost(Duration.ofSeconds(20)).until(() -> tx.execute(s -> outboxFor(address).stream()
                    .anyMatch(m -> m.getSentAt() == null && m.getAttempts() > 0 && m.getLastError() != null)));
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(address).size() == 1);
        Thread.sleep(1500);
        assertThat(mailTo(address)).hasSize(1);
        MimeMessage m = mailTo(address).get(0);
        assertThat(m.getSubject()).isEqualTo("照片审核未通过");
        assertThat(decoded(m)).contains("原因：其他。衣领遮住了下巴。", "/me/photo", "Your photo was rejected");
        Boolean allSent = tx.execute(s -> outboxFor(address).stream().allMatch(x -> x.getSentAt() != null));
        assertThat(allSent).isTrue();
    }

    @Autowired
    OutboxMessageRepository outboxMessages;

    List<OutboxMessage> outboxFor(String address) {
        return outboxMessages.findByRecipientOrderById(address);
    }
}
