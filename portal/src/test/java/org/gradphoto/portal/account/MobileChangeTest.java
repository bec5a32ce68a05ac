package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 修改手机号 through real requests: the current password, a code to the new number (read back from the outbox the
 * SMS leaves by), the code typed back; the old number told; wrong, spent and too many codes refused.
 */
@PortalTest
class MobileChangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;

    Account candidate;
    String newNumber;

    @BeforeEach
    void setUp() {
        candidate = data.candidate(data.institution("城" + System.nanoTime()));
        newNumber = "137" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
    }

    MockHttpServletResponse requestCode(String password, String mobile) throws Exception {
        return mvc.perform(post("/account/mobile/code").param("current", password).param("mobile", mobile).with(csrf())
                .with(user(TestData.user(candidate)))).andReturn().getResponse();
    }

    MockHttpServletResponse confirm(String code) throws Exception {
        return mvc.perform(post("/account/mobile").param("code", code).with(csrf()).with(user(TestData.user(candidate))))
                .andReturn().getResponse();
    }

    List<String> smsTo(String number) {
        return jdbc.queryForList("select body from outbox_message where channel = 'SMS' and recipient = ? order by id", String.class, number);
    }

    String lastCodeTo(String number) {
        List<String> sms = smsTo(number);
        Matcher m = Pattern.compile("验证码 (\\d{6})").matcher(sms.get(sms.size() - 1));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    String mobileNow() {
        return accounts.findById(candidate.getId()).orElseThrow().getMobile();
    }

    @Test
    void changesTheNumberOnceTheCodeSentToTheNewNumberIsTypedBackAndTellsTheOldOne() throws Exception {
        String old = mobileNow();
        int toldBefore = smsTo(old).size();
        assertThat(requestCode(TestData.PASSWORD, newNumber).getRedirectedUrl()).isEqualTo("/account/mobile");
        String page = mvc.perform(get("/account/mobile").with(user(TestData.user(candidate)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("验证码已发送到 " + new MobileNumber(newNumber).masked(), "id=\"mobile-confirm\"");
        assertThat(mobileNow()).isEqualTo(old);

        assertThat(confirm(lastCodeTo(newNumber)).getRedirectedUrl()).isEqualTo("/account/mobile");
        assertThat(mobileNow()).isEqualTo(newNumber);
        assertThat(smsTo(old)).hasSize(toldBefore + 1);
        assertThat(smsTo(old).get(toldBefore)).contains("手机号已改为 " + new MobileNumber(newNumber).masked());
        String after = mvc.perform(get("/account/mobile").with(user(TestData.user(candidate)))).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("当前绑定的手机号：" + new MobileNumber(newNumber).masked()).doesNotContain("id=\"mobile-confirm\"");
    }

    @Test
    void refusesAWrongPasswordABadNumberTheSameNumberAndSendsNothing() throws Exception {
        assertThat(requestCode("wrong-pass1", newNumber).getContentAsString()).contains("当前密码不正确。", "value=\"" + newNumber + "\"");
        assertThat(requestCode(TestData.PASSWORD, "12345").getContentAsString()).contains("手机号码格式不正确");
        assertThat(requestCode(TestData.PASSWORD, mobileNow()).getContentAsString()).contains("新手机号码与当前的相同。");
        assertThat(smsTo(newNumber)).isEmpty();
        // +86 and full-width digits are the same mainland number
        assertThat(requestCode(TestData.PASSWORD, "+86 " + newNumber.substring(0, 3) + "－" + newNumber.substring(3)).getRedirectedUrl())
                .isEqualTo("/account/mobile");
        assertThat(smsTo(newNumber)).hasSize(1);
    }

    @Test
    void aWrongCodeCountsFiveWrongTriesVoidItAndAUsedCodeDoesNotWorkTwice() throws Exception {
        requestCode(TestData.PASSWORD, newNumber);
        String code = lastCodeTo(newNumber);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(confirm(wrong).getContentAsString()).contains("验证码不正确或已失效");
        assertThat(confirm("12ab").getContentAsString()).contains("验证码不正确或已失效");
        for (int i = 0; i < 3; i++) {
            confirm(wrong);
        }
        assertThat(confirm(code).getContentAsString()).as("void after five wrong tries").contains("验证码不正确或已失效");
        assertThat(mobileNow()).isNotEqualTo(newNumber);

        requestCode(TestData.PASSWORD, newNumber);
        String second = lastCodeTo(newNumber);
        assertThat(confirm(second).getRedirectedUrl()).isEqualTo("/account/mobile");
        assertThat(confirm(second).getContentAsString()).contains("验证码不正确或已失效");
    }

    @Test
    void atMostThreeCodesAnHour() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(requestCode(TestData.PASSWORD, newNumber).getRedirectedUrl()).isEqualTo("/account/mobile");
        }
        assertThat(requestCode(TestData.PASSWORD, newNumber).getContentAsString()).contains("一小时内获取验证码次数过多");
        assertThat(smsTo(newNumber)).hasSize(3);
    }

    @Test
    void aVisitorIsSentToLogIn() throws Exception {
        assertThat(mvc.perform(get("/account/mobile")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }
}
