package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.admin.AdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Logging in: by ID number or user name; wrong passwords slow the next try (never a lock), the same for every name. */
@PortalTest
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AdminService admin;

    @Test
    void aCandidateLogsInWithTheIdNumberAndLandsOnTheirPhotoPage() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        mvc.perform(formLogin("/login").user(c.getUsername()).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("CANDIDATE")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordSaysSoWithoutTellingWhetherTheAccountExists() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        mvc.perform(formLogin("/login").user(c.getUsername()).password("wrong")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(TestData.newIdNumber()).password("wrong")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(org.hamcrest.Matchers.containsString("账号或密码错误")));
    }

    @Test
    void wrongPasswordsSlowTheNextTryWithoutLockingTheAccountAndTheAdminClearsTheWait() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/login").user(c.getUsername()).password("wrong" + i)).andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        // the seventh try from the same place must wait; the password is not even checked
        mvc.perform(formLogin("/login").user(c.getUsername()).password(TestData.PASSWORD)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?slow=1"));
        mvc.perform(get("/login").param("slow", "1")).andExpect(content().string(org.hamcrest.Matchers.containsString("请 1 秒后再试")));
        assertThat(accounts.findById(c.getId()).orElseThrow().isLocked(java.time.Instant.now())).isFalse();
        admin.clearLoginWait(c.getUsername());
        mvc.perform(formLogin("/login").user(c.getUsername()).password(TestData.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aNameNoAccountHasGetsTheSameAnswers() throws Exception {
        String nobody = TestData.newIdNumber();
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/login").user(nobody).password("wrong" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(nobody).password("wrong")).andExpect(redirectedUrl("/login?slow=1"));
    }

    @Test
    void staffLogInWithTheirUserNameInAnyCase() throws Exception {
        Account r = data.reviewer(data.institution("芜湖"));
        mvc.perform(formLogin("/login").user(r.getUsername().toUpperCase()).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("REVIEWER"));
    }
}
