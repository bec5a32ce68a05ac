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

/** Logging in: by ID number or user name, wrong passwords counted, the fifth in a row locks the account. */
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
    void theFifthWrongPasswordInARowLocksEvenTheRightOneOutUntilAnAdminUnlocks() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(c.getUsername()).password("wrong" + i)).andExpect(unauthenticated());
        }
        assertThat(accounts.findById(c.getId()).orElseThrow().getLockedUntil()).isNotNull();
        mvc.perform(formLogin("/login").user(c.getUsername()).password(TestData.PASSWORD)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(org.hamcrest.Matchers.containsString("账号已暂时锁定")));
        admin.unlock(c.getId());
        mvc.perform(formLogin("/login").user(c.getUsername()).password(TestData.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(c.getUsername()).password("wrong")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(c.getUsername()).password(TestData.PASSWORD)).andExpect(authenticated());
        assertThat(accounts.findById(c.getId()).orElseThrow().getFailedLogins()).isZero();
        mvc.perform(formLogin("/login").user(c.getUsername()).password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(c.getUsername()).password(TestData.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void staffLogInWithTheirUserNameInAnyCase() throws Exception {
        Account r = data.reviewer(data.institution("芜湖"));
        mvc.perform(formLogin("/login").user(r.getUsername().toUpperCase()).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("REVIEWER"));
    }
}
