package org.gradphoto.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.photo.DeadlineRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin page: institutions and their profiles, reviewers, the photo deadline, slowed logins. */
@PortalTest
class AdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.gradphoto.portal.account.LoginThrottle throttle;
    @Autowired
    TestData data;
    @Autowired
    InstitutionRepository institutions;
    @Autowired
    AccountRepository accounts;
    @Autowired
    DeadlineRepository deadlines;
    @Autowired
    AdminService admin;

    Account me;

    @BeforeEach
    void setUp() {
        me = data.staff(Role.ADMIN);
    }

    @AfterEach
    void open() {
        admin.setPhotoDeadline(null);
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r) {
        return r.with(csrf()).with(user(TestData.user(me)));
    }

    @Test
    void addsAnInstitutionAndChangesItsProfile() throws Exception {
        String code = "NEW" + System.nanoTime() % 100000;
        mvc.perform(as(post("/admin/institutions")).param("code", code).param("nameZh", "新单位").param("nameEn", "New")
                .param("cityZh", "芜湖").param("cityEn", "Wuhu").param("profile", "zikao-anhui"))
                .andExpect(flash().attribute("notice", "admin.notice.saved"));
        Institution i = institutions.findByCode(code).orElseThrow();
        assertThat(i.getProfileId()).isEqualTo("zikao-anhui");
        mvc.perform(as(post("/admin/institutions/" + i.getId() + "/profile")).param("profile", "chsi-2017"));
        assertThat(institutions.findByCode(code).orElseThrow().getProfileId()).isEqualTo("chsi-2017");
        mvc.perform(as(post("/admin/institutions/" + i.getId() + "/profile")).param("profile", "/etc/passwd"))
                .andExpect(flash().attribute("error", "admin.error.profile"));
        mvc.perform(as(post("/admin/institutions")).param("code", code).param("nameZh", "x").param("nameEn", "x")
                .param("cityZh", "x").param("cityEn", "x").param("profile", "chsi-2017"))
                .andExpect(flash().attribute("error", "admin.error.code_taken"));
        mvc.perform(as(post("/admin/institutions")).param("code", "bad code!").param("nameZh", "x").param("nameEn", "x")
                .param("cityZh", "x").param("cityEn", "x").param("profile", "chsi-2017"))
                .andExpect(flash().attribute("error", "admin.error.institution"));
    }

    @Test
    void addsASchoolPhotoOfficeAndFilesABranchCollegeUnderItsMainSchool() throws Exception {
        String mainCode = String.valueOf(20_000 + System.nanoTime() % 70_000);
        String branchCode = String.valueOf(Integer.parseInt(mainCode) + 1);
        for (String c : java.util.List.of(mainCode, branchCode)) {
            mvc.perform(as(post("/admin/institutions")).param("code", c).param("nameZh", "大学" + c).param("nameEn", "University " + c)
                    .param("cityZh", "长沙").param("cityEn", "Changsha").param("profile", "chsi-2017"));
        }
        Institution main = institutions.findByCode(mainCode).orElseThrow();
        Institution branch = institutions.findByCode(branchCode).orElseThrow();
        mvc.perform(as(post("/admin/branches")).param("branch", branch.getId().toString()).param("main", main.getId().toString()))
                .andExpect(flash().attribute("notice", "admin.notice.saved"));
        assertThat(institutions.findByParentOrderByCode(main)).extracting(Institution::getCode).containsExactly(branchCode);
        mvc.perform(as(post("/admin/branches")).param("branch", main.getId().toString()).param("main", main.getId().toString()))
                .andExpect(flash().attribute("error", "admin.error.branch"));

        String username = "office" + System.nanoTime() % 100000;
        mvc.perform(as(post("/admin/school-admins")).param("username", username).param("name", "学籍管理科").param("password", "School2026x")
                .param("institution", main.getId().toString())).andExpect(flash().attribute("notice", "admin.notice.saved"));
        assertThat(accounts.findByUsername(username).orElseThrow().getRole()).isEqualTo(Role.SCHOOL);
        mvc.perform(as(post("/admin/school-admins")).param("username", username + "b").param("name", "x").param("password", "School2026x")
                .param("institution", branch.getId().toString())).andExpect(flash().attribute("error", "school.error.not_school"));
        assertThat(mvc.perform(as(get("/admin"))).andReturn().getResponse().getContentAsString()).contains(username);
    }

    @Test
    void addsReviewersForAnInstitutionOrACity() throws Exception {
        Institution i = data.institution("马鞍山");
        String name = "rev" + System.nanoTime() % 1000000;
        mvc.perform(as(post("/admin/reviewers")).param("username", name).param("name", "王审核").param("password", "Review2026x")
                .param("institution", i.getId().toString())).andExpect(flash().attribute("notice", "admin.notice.saved"));
        Account r = accounts.findByUsername(name).orElseThrow();
        assertThat(r.getRole()).isEqualTo(Role.REVIEWER);
        mvc.perform(as(post("/admin/reviewers")).param("username", name + "c").param("name", "市审核").param("password", "Review2026x")
                .param("city", "马鞍山")).andExpect(flash().attribute("notice", "admin.notice.saved"));
        assertThat(accounts.findByUsername(name + "c").orElseThrow().getCityZh()).isEqualTo("马鞍山");
        mvc.perform(as(post("/admin/reviewers")).param("username", name).param("name", "x").param("password", "Review2026x")
                .param("institution", i.getId().toString())).andExpect(flash().attribute("error", "admin.error.username_taken"));
        mvc.perform(as(post("/admin/reviewers")).param("username", name + "w").param("name", "x").param("password", "short")
                .param("institution", i.getId().toString())).andExpect(flash().attribute("error", "password.short"));
        mvc.perform(as(post("/admin/reviewers")).param("username", name + "n").param("name", "x").param("password", "Review2026x")
                .param("city", "不存在的城市")).andExpect(flash().attribute("error", "admin.error.city"));
        mvc.perform(as(post("/admin/reviewers")).param("username", name + "s").param("name", "x").param("password", "Review2026x"))
                .andExpect(flash().attribute("error", "reviewer.scope"));
    }

    @Test
    void setsAndClearsThePhotoDeadlineInChinaTime() throws Exception {
        mvc.perform(as(post("/admin/deadline")).param("closesAt", "2099-06-30T17:00"));
        assertThat(deadlines.uploadWindow().closesAt()).hasToString("2099-06-30T09:00:00Z");
        assertThat(mvc.perform(as(get("/admin"))).andReturn().getResponse().getContentAsString()).contains("2099-06-30T17:00");
        mvc.perform(as(post("/admin/deadline")).param("closesAt", ""));
        assertThat(deadlines.uploadWindow().closesAt()).isNull();
        mvc.perform(as(post("/admin/deadline")).param("closesAt", "not a date")).andExpect(status().isBadRequest());
    }

    @Test
    void listsSlowedLoginsWithMaskedIdNumbersAndClearsTheirWait() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        for (int k = 0; k < 7; k++) {
            mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                    .user(c.getUsername()).password("wrong"));
        }
        assertThat(throttle.waitBefore(c.getUsername(), "127.0.0.1")).isPositive();
        String page = mvc.perform(as(get("/admin"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(c.getMaskedIdNumber()).doesNotContain(c.getIdNumber());
        String handle = org.jsoup.Jsoup.parse(page).select("#slowed input[name=handle]").attr("value");
        mvc.perform(as(post("/admin/logins/clear")).param("handle", handle));
        assertThat(throttle.waitBefore(c.getUsername(), "127.0.0.1")).isZero();
        assertThat(mvc.perform(as(post("/admin/logins/clear")).param("handle", handle)).andReturn().getFlashMap().get("error"))
                .isEqualTo("admin.error.login_not_slowed");
    }
}
