package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The admin's reset: a temporary password shown once, the old one void, the person told by SMS, and at the next
 * login every page leads to 修改密码 until they set their own.
 */
@PortalTest
class AdminPasswordResetTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    Account admin;
    Account candidate;

    @BeforeEach
    void setUp() {
        admin = data.staff(Role.ADMIN);
        candidate = data.candidate(data.institution("城" + System.nanoTime()));
    }

    MvcResult reset(String username) throws Exception {
        return mvc.perform(post("/admin/accounts/reset").param("username", username).with(csrf()).with(user(TestData.user(admin))))
                .andReturn();
    }

    @Test
    void theAdminResetsAPasswordThePersonLogsInWithItAndMustSetTheirOwnFirst() throws Exception {
        int told = jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class, candidate.getMobile());
        MvcResult r = reset(candidate.getUsername().toLowerCase());
        String temporary = (String) r.getFlashMap().get("resetPassword");
        assertThat(temporary).hasSize(AdminPasswordReset.LENGTH).matches("[A-Za-z2-9]+");
        assertThat(PasswordPolicy.problems(temporary, candidate.getIdNumber(), candidate.getMobile())).isEmpty();
        assertThat((String) r.getFlashMap().get("resetName")).contains(candidate.getName()).doesNotContain(candidate.getIdNumber());
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class, candidate.getMobile()))
                .isEqualTo(told + 1);
        String shown = mvc.perform(get("/admin").with(user(TestData.user(admin))).flashAttrs(r.getFlashMap())).andReturn().getResponse()
                .getContentAsString();
        assertThat(shown).contains("临时密码：" + temporary, "只显示这一次");

        assertThat(mvc.perform(formLogin("/login").user(candidate.getUsername()).password(TestData.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).as("the old password is void").isEqualTo("/login?error");
        MvcResult login = mvc.perform(formLogin("/login").user(candidate.getUsername()).password(temporary)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        assertThat(mvc.perform(get("/me/photo").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password?reset");
        assertThat(mvc.perform(get("/account/password").param("reset", "").session(session)).andReturn().getResponse()
                .getContentAsString()).contains("管理员已重置您的密码，请先设置一个新密码。");

        assertThat(mvc.perform(post("/account/password").session(session).with(csrf()).param("current", temporary)
                .param("password", "Graduate2027").param("confirmPassword", "Graduate2027")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(mvc.perform(get("/me/photo").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownAccountAnApiAccountAndTheAdminsOwn() throws Exception {
        assertThat(reset("nobody-here").getFlashMap().get("error")).isEqualTo("admin.reset.error.none");
        assertThat(reset("").getFlashMap().get("error")).isEqualTo("admin.reset.error.none");
        assertThat(reset("x".repeat(5000)).getFlashMap().get("error")).isEqualTo("admin.reset.error.none");
        assertThat(reset(data.staff(Role.API).getUsername()).getFlashMap().get("error")).isEqualTo("admin.reset.error.api");
        assertThat(reset(admin.getUsername()).getFlashMap().get("error")).isEqualTo("admin.reset.error.self");
    }

    @Test
    void onlyTheAdminResets() throws Exception {
        Account reviewer = data.reviewer(candidate.getInstitution());
        assertThat(mvc.perform(post("/admin/accounts/reset").param("username", candidate.getUsername()).with(csrf())
                .with(user(TestData.user(reviewer)))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
