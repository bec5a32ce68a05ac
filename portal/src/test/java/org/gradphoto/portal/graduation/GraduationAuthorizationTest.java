package org.gradphoto.portal.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.graduation.GraduationData.World;
import org.gradphoto.portal.graduation.prior.PriorDegreeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may see and do what in the graduation application: the candidate, another candidate, the city office of the
 * candidate's institution, a city office elsewhere, the province, an admin, an API account and nobody. Someone
 * else's application, attachment or prior degree answers 404, exactly as one that does not exist; refused
 * attempts change nothing.
 */
@PortalTest
class GraduationAuthorizationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GraduationData data;
    @Autowired
    TestData testData;
    @Autowired
    GraduationService graduation;
    @Autowired
    GraduationApplicationRepository applications;
    @Autowired
    PriorDegreeRepository priors;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    World w;
    Account stranger;
    Account elsewhere;
    Account admin;
    Account api;
    GraduationApplication app;

    @BeforeEach
    void setUp() {
        w = data.world();
        stranger = testData.candidate(w.institution());
        elsewhere = testData.reviewer(testData.institution("合肥" + System.nanoTime()));
        admin = testData.staff(Role.ADMIN);
        api = testData.staff(Role.API);
        app = data.completeApplication(w, w.candidate(), w.ticket());
    }

    Map<String, Account> visitors() {
        Map<String, Account> m = new LinkedHashMap<>();
        m.put("anonymous", null);
        m.put("owner", w.candidate());
        m.put("stranger", stranger);
        m.put("city", w.city());
        m.put("elsewhere", elsewhere);
        m.put("province", w.province());
        m.put("admin", admin);
        m.put("api", api);
        return m;
    }

    int status(Supplier<MockHttpServletRequestBuilder> request, Account who) throws Exception {
        MockHttpServletRequestBuilder r = request.get();
        if (who != null) {
            r.with(user(TestData.user(who)));
        }
        return mvc.perform(r.with(csrf())).andReturn().getResponse().getStatus();
    }

    /** Expected status per visitor, in the order of {@link #visitors()}; 302 for anonymous is "to the login page". */
    void check(String what, Supplier<MockHttpServletRequestBuilder> request, int... expected) throws Exception {
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Account> v : visitors().entrySet()) {
            int got = status(request, v.getValue());
            if (got != expected[i]) {
                wrong.add(v.getKey() + " got " + got + " instead of " + expected[i]);
            }
            i++;
        }
        assertThat(wrong).as(what).isEmpty();
    }

    @Test
    void theCandidatesPagesAreTheirsAndSomeoneElsesApplicationIsNotFound() throws Exception {
        //                                                       anon owner stranger city elsewhere province admin api
        check("GET /me/graduation", () -> get("/me/graduation"), 302, 200, 200, 403, 403, 403, 403, 403);
        String base = "/me/graduation/applications/" + app.getId();
        check("GET application", () -> get(base), 302, 200, 404, 403, 403, 403, 403, 403);
        check("GET form", () -> get(base + "/form"), 302, 200, 404, 403, 403, 403, 403, 403);
        check("GET unknown application", () -> get("/me/graduation/applications/99999999"), 302, 404, 404, 403, 403, 403, 403, 403);
    }

    @Test
    void anotherCandidateChangesNothingInTheApplication() throws Exception {
        String base = "/me/graduation/applications/" + app.getId();
        Account s = stranger;
        assertThat(status(() -> post(base + "/contact").param("phone", "13900000000").param("address", "别人的地址"), s)).isEqualTo(404);
        assertThat(status(() -> post(base + "/items/13000/undo"), s)).isEqualTo(404);
        assertThat(status(() -> post(base + "/submit"), s)).isEqualTo(404);
        assertThat(status(() -> multipart(base + "/internship").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                GraduationData.PDF)), s)).isEqualTo(404);
        GraduationApplication after = applications.findById(app.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(AppStatus.DRAFT);
        assertThat(after.getContact().getAddress()).isEqualTo("芜湖市镜湖区");
        Resolution english = tx.execute(t -> applications.findById(app.getId()).orElseThrow().getItems().stream()
                .filter(i -> i.getCourseCode().equals("13000")).findFirst().orElseThrow().getResolution());
        assertThat(english).isEqualTo(Resolution.EXEMPTED);
    }

    @Test
    void evidenceIsServedToTheCandidateAndOnceSavedToTheirCityOfficeAndTheProvinceOnly() throws Exception {
        //                                                       anon owner stranger city elsewhere province admin api
        check("GET evidence of a draft", () -> get("/graduation/applications/" + app.getId() + "/items/13000/evidence"),
                302, 200, 404, 404, 404, 404, 403, 403);
        submit();
        check("GET evidence", () -> get("/graduation/applications/" + app.getId() + "/items/13000/evidence"),
                302, 200, 404, 200, 404, 200, 403, 403);
        check("GET evidence of a course without any", () -> get("/graduation/applications/" + app.getId() + "/items/00155/evidence"),
                302, 404, 404, 404, 404, 404, 403, 403);
        Long prior = priors.latest(w.candidate()).orElseThrow().getId();
        check("GET prior degree attachment", () -> get("/graduation/prior-degrees/" + prior + "/attachment"),
                302, 200, 404, 200, 404, 200, 403, 403);
    }

    @Test
    void officePagesAreForCityOfficesAndTheProvinceAndASavedApplicationOnlyForItsOwnCity() throws Exception {
        //                                                       anon owner stranger city elsewhere province admin api
        check("GET /office/applications", () -> get("/office/applications"), 302, 403, 403, 200, 200, 200, 403, 403);
        check("GET /office/applications.xlsx", () -> get("/office/applications.xlsx"), 302, 403, 403, 200, 200, 200, 403, 403);
        check("GET /office/applications/{draft}", () -> get("/office/applications/" + app.getId()), 302, 403, 403, 404, 404, 404, 403, 403);
        submit();
        check("GET /office/applications/{id}", () -> get("/office/applications/" + app.getId()), 302, 403, 403, 200, 404, 200, 403, 403);
        check("GET /office/merges", () -> get("/office/merges"), 302, 403, 403, 200, 200, 200, 403, 403);
        check("GET /office/prior-degrees", () -> get("/office/prior-degrees"), 302, 403, 403, 200, 200, 200, 403, 403);
    }

    /** Saves the application: from now on the offices see it. */
    void submit() {
        graduation.submit(w.candidate().getId(), app.getId());
    }

    @Test
    void onlyTheOfficeWhoseStepItIsMovesAnApplication() throws Exception {
        submit();
        long version = applications.findById(app.getId()).orElseThrow().getVersion();
        Supplier<MockHttpServletRequestBuilder> advance = () -> post("/office/applications/" + app.getId() + "/decide")
                .param("version", String.valueOf(version)).param("action", "ADVANCE");
        // everyone but the city office first: nothing may change
        assertThat(status(advance, null)).isEqualTo(302);
        assertThat(status(advance, w.candidate())).isEqualTo(403);
        assertThat(status(advance, elsewhere)).isEqualTo(404);
        assertThat(status(advance, w.province())).as("not the province's step: refused with a reason").isEqualTo(302);
        assertThat(status(advance, admin)).isEqualTo(403);
        assertThat(applications.findById(app.getId()).orElseThrow().getStatus()).isEqualTo(AppStatus.ACCEPTED);
        assertThat(status(advance, w.city())).isEqualTo(302);
        assertThat(applications.findById(app.getId()).orElseThrow().getStatus()).isEqualTo(AppStatus.CITY_APPROVED);
    }

    @Test
    void theGraduationAdminPageIsForAdminsOnly() throws Exception {
        //                                                       anon owner stranger city elsewhere province admin api
        check("GET /admin/graduation", () -> get("/admin/graduation"), 302, 403, 403, 403, 403, 403, 200, 403);
        check("GET template", () -> get("/admin/graduation/templates/PLAN.xlsx"), 302, 403, 403, 403, 403, 403, 200, 403);
        check("POST /admin/graduation/rounds", () -> post("/admin/graduation/rounds").param("year", "2099").param("half", "AUTUMN"),
                302, 403, 403, 403, 403, 403, 302, 403);
    }
}
