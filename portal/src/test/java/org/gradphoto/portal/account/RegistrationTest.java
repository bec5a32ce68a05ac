package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registering through the real form: valid data gives an account one can log in with; bad data says why. */
@PortalTest
class RegistrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;

    Institution inst;

    @BeforeEach
    void setUp() {
        inst = data.institution("芜湖");
    }

    MockHttpServletRequestBuilder form(String idNumber, String password) {
        return post("/register").with(csrf()).param("name", "李四").param("idType", "RESIDENT_ID_CARD")
                .param("idNumber", idNumber).param("mobile", "138 0013 8000").param("institutionId", inst.getId().toString())
                .param("password", password).param("confirmPassword", password);
    }

    @Test
    void registersACandidateWhoCanThenLogInWithTheIdNumberInAnyCase() throws Exception {
        String id = TestData.newIdNumber();
        String typed = id.toLowerCase() + " ";
        mvc.perform(form(typed, "Photo2026x")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?registered"));
        Account a = accounts.findByUsername(id).orElseThrow();
        assertThat(a.getName()).isEqualTo("李四");
        assertThat(a.getMobile()).isEqualTo("13800138000");
        assertThat(a.getRole()).isEqualTo(Role.CANDIDATE);
        assertThat(a.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Photo2026x");
        mvc.perform(formLogin("/login").user(typed).password("Photo2026x")).andExpect(authenticated());
    }

    @Test
    void refusesASecondAccountForTheSameIdNumber() throws Exception {
        String id = TestData.newIdNumber();
        mvc.perform(form(id, "Photo2026x")).andExpect(status().is3xxRedirection());
        mvc.perform(form(id, "Other2026x")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("该证件号码已注册")));
        assertThat(accounts.findAll().stream().filter(a -> id.equals(a.getIdNumber()))).hasSize(1);
    }

    @Test
    void showsEveryProblemBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/register").with(csrf()).param("name", "").param("idType", "RESIDENT_ID_CARD")
                        .param("idNumber", "110105194912310021").param("mobile", "12345").param("password", "abc")
                        .param("confirmPassword", "abd"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("身份证号码校验码错误", "手机号码格式不正确", "请填写姓名", "请选择报考单位", "密码至少 8 位",
                "两次输入的密码不一致", "value=\"110105194912310021\"");
        assertThat(page).doesNotContain("value=\"abc\"");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(form("110105194912310021", "Photo2026x").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("probably a mistyped digit")));
    }

    @Test
    void refusesAPasswordMadeOfTheIdNumber() throws Exception {
        String id = TestData.newIdNumber();
        mvc.perform(form(id, "pw" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码不能包含证件号码或手机号码")));
        assertThat(accounts.findByUsername(id)).isEmpty();
    }

    @Test
    void anUnknownIdTypeOrInstitutionIsAFieldErrorInPlainWordsNotAnError() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("idType", "DRIVING_LICENCE").param("institutionId", "abc")
                        .param("name", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请从列表中选择证件类型")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请从列表中选择报考单位")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Failed to convert"))));
    }

    @Test
    void withoutTheCsrfTokenNothingIsRegistered() throws Exception {
        String id = TestData.newIdNumber();
        mvc.perform(post("/register").param("name", "x").param("idType", "RESIDENT_ID_CARD").param("idNumber", id))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername(id)).isEmpty();
    }

    @Test
    void theRegistrationPageListsTheInstitutionsAndIdTypes() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(inst.getNameZh())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("港澳居民来往内地通行证")));
    }
}
