package org.gradphoto.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The README's demo: on an empty database every demo login works and lands where the README says. */
@SpringBootTest(properties = "gradphoto.demo=true")
@AutoConfigureMockMvc
class DemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;

    String landing(String user, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(user).password(password)).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void everyDemoLoginWorks() throws Exception {
        assertThat(landing(DemoData.CANDIDATE_ID, DemoData.CANDIDATE_PASSWORD)).isEqualTo("/");
        assertThat(landing(DemoData.REVIEWER, DemoData.REVIEWER_PASSWORD)).isEqualTo("/");
        assertThat(landing(DemoData.ADMIN, DemoData.ADMIN_PASSWORD)).isEqualTo("/");
        assertThat(landing(DemoData.PROVINCE, DemoData.PROVINCE_PASSWORD)).isEqualTo("/");
        assertThat(landing(DemoData.SCHOOL, DemoData.SCHOOL_PASSWORD)).isEqualTo("/");
        assertThat(landing(DemoData.SCHOOL, "wrong-password1")).isEqualTo("/login?error");
    }

    @Test
    void theLandingPageHasTheDemoNoticeAndTheDirectorySeed001sSixteenXinjiangOffices() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("关于做好毕业生电子注册图像线上采集工作的通知");
        String contacts = mvc.perform(get("/contacts")).andReturn().getResponse().getContentAsString();
        for (String office : new String[] {"乌鲁木齐市", "石河子市", "克拉玛依市", "奎屯市", "昌吉州", "博州", "塔城地区", "阿勒泰地区",
            "吐鲁番市", "哈密市", "巴州", "阿克苏地区", "克州", "喀什地区", "和田地区", "伊犁州"}) {
            assertThat(contacts).contains(office + "教育考试机构");
        }
        assertThat(contacts).contains("0991-8810121", "0908-7625029", "0908-7625000", "0999-8290040");
    }

    @Test
    void theDemoCandidateCanProofreadTheirUniversityRecordAndTheSchoolSeesItsBranch() throws Exception {
        var candidate = accounts.findByUsername(DemoData.CANDIDATE_ID).orElseThrow();
        String record = mvc.perform(get("/me/record").with(user(TestData.user(candidate)))).andReturn().getResponse().getContentAsString();
        assertThat(record).contains("土木工程", "10536");
        var school = accounts.findByUsername(DemoData.SCHOOL).orElseThrow();
        String page = mvc.perform(get("/school").with(user(TestData.user(school)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("长沙理工大学", "13635", DemoData.FEATURE_CODE);
    }
}
