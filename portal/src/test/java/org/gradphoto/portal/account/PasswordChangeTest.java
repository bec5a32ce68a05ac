package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** 修改密码: only with the current password, a new one that keeps the policy, typed twice alike. */
@PortalTest
class PasswordChangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    Account candidate;

    @BeforeEach
    void setUp() {
        candidate = data.candidate(data.institution("城" + System.nanoTime()));
    }

    MockHttpServletResponse change(String current, String password, String confirm) throws Exception {
        return mvc.perform(post("/account/password").param("current", current).param("password", password)
                .param("confirmPassword", confirm).with(csrf()).with(user(TestData.user(candidate)))).andReturn().getResponse();
    }

    boolean passwordIs(String p) {
        return encoder.matches(p, accounts.findById(candidate.getId()).orElseThrow().getPasswordHash());
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsKnown() throws Exception {
        MockHttpServletResponse r = change(TestData.PASSWORD, "Graduate2027", "Graduate2027");
        assertThat(r.getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(passwordIs("Graduate2027")).isTrue();
        assertThat(passwordIs(TestData.PASSWORD)).isFalse();
    }

    @Test
    void refusesAWrongCurrentPasswordAWeakOneAndTwoThatDiffer() throws Exception {
        assertThat(change("wrong-one1", "Graduate2027", "Graduate2027").getContentAsString()).contains("当前密码不正确。");
        String weak = change(TestData.PASSWORD, "12345678", "12345678").getContentAsString();
        assertThat(weak).contains("密码须同时包含字母和数字。");
        assertThat(change(TestData.PASSWORD, "Graduate2027", "Graduate2028").getContentAsString()).contains("两次输入的密码不一致。");
        assertThat(change(TestData.PASSWORD, TestData.PASSWORD, TestData.PASSWORD).getContentAsString())
                .contains("新密码不能与当前密码相同。");
        assertThat(change(TestData.PASSWORD, "", "").getContentAsString()).contains("密码至少 8 位。");
        assertThat(passwordIs(TestData.PASSWORD)).isTrue();
    }

    @Test
    void theFormIsThereForEverySignedInRoleAndNotForVisitors() throws Exception {
        assertThat(mvc.perform(get("/account/password").with(user(TestData.user(candidate)))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"password-form\"", "当前密码");
        assertThat(mvc.perform(get("/account/password").with(user(TestData.user(data.staff(Role.ADMIN))))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/account/password")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }
}
