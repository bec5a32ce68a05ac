package org.gradphoto.portal.web;

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
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page and action for every kind of visitor: anonymous, the candidate, another candidate, the reviewer of
 * the candidate's institution, a reviewer elsewhere, an admin, an API account. Guessed ids of someone else's
 * photo answer 404, exactly as ids that do not exist.
 */
@PortalTest
class AuthorizationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PhotoService photos;

    Account owner;
    Account stranger;
    Account reviewer;
    Account otherReviewer;
    Account admin;
    Account api;
    CandidatePhoto photo;
    Long uploadId;

    @BeforeEach
    void setUp() {
        Institution home = data.institution("芜湖" + System.nanoTime());
        Institution away = data.institution("合肥" + System.nanoTime());
        owner = data.candidate(home);
        stranger = data.candidate(home);
        reviewer = data.reviewer(home);
        otherReviewer = data.reviewer(away);
        admin = data.staff(Role.ADMIN);
        api = data.staff(Role.API);
        photos.upload(owner.getId(), "me.png", org.gradphoto.engine.testing.Faces.bytes(
                org.gradphoto.engine.testing.Faces.shipped("idpass/sample_id_1.png")));
        photos.submit(owner.getId());
        photo = photos.photoOf(owner.getId());
        uploadId = photo.getCurrent().getId();
    }

    /** Who asks, by name; null is anonymous. */
    Map<String, Account> visitors() {
        Map<String, Account> m = new LinkedHashMap<>();
        m.put("anonymous", null);
        m.put("owner", owner);
        m.put("stranger", stranger);
        m.put("reviewer", reviewer);
        m.put("otherReviewer", otherReviewer);
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

    /** Expected status per visitor: 302 for anonymous means "sent to the login page". */
    void check(String what, Supplier<MockHttpServletRequestBuilder> request, Map<String, Integer> expected) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Account> v : visitors().entrySet()) {
            int got = status(request, v.getValue());
            int want = expected.get(v.getKey());
            if (got != want) {
                wrong.add(v.getKey() + " got " + got + " instead of " + want);
            }
        }
        assertThat(wrong).as(what).isEmpty();
    }

    static Map<String, Integer> only(String role, int allowed, int others) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("anonymous", 302);
        for (String v : List.of("owner", "stranger", "reviewer", "otherReviewer", "admin", "api")) {
            boolean yes = switch (role) {
                case "CANDIDATE" -> v.equals("owner") || v.equals("stranger");
                case "REVIEWER" -> v.equals("reviewer") || v.equals("otherReviewer");
                case "ADMIN" -> v.equals("admin");
                default -> false;
            };
            m.put(v, yes ? allowed : others);
        }
        return m;
    }

    @Test
    void candidatePagesAreForCandidatesOnly() throws Exception {
        check("GET /me/photo", () -> get("/me/photo"), only("CANDIDATE", 200, 403));
        check("POST /me/photo/submit", () -> post("/me/photo/submit"), only("CANDIDATE", 302, 403));
    }

    @Test
    void reviewPagesAreForReviewersAndAPhotoOnlyForTheReviewerOfItsInstitution() throws Exception {
        check("GET /review", () -> get("/review"), only("REVIEWER", 200, 403));
        check("GET /review.xlsx", () -> get("/review.xlsx"), only("REVIEWER", 200, 403));
        Map<String, Integer> detail = only("REVIEWER", 200, 403);
        detail.put("otherReviewer", 404);
        check("GET /review/{id}", () -> get("/review/" + photo.getId()), detail);
        check("GET /review/{unknown}", () -> get("/review/99999999"), withReviewers(only("REVIEWER", 404, 403), 404));
    }

    static Map<String, Integer> withReviewers(Map<String, Integer> m, int s) {
        m.put("reviewer", s);
        m.put("otherReviewer", s);
        return m;
    }

    @Test
    void decisionsAreForTheReviewerOfTheInstitutionAndNobodyElseChangesAnything() throws Exception {
        Map<String, Integer> reject = only("REVIEWER", 302, 403);
        reject.put("otherReviewer", 404);
        // the reviewer's own request goes through last: every other visitor first, nothing may have changed
        for (Map.Entry<String, Account> v : visitors().entrySet()) {
            if (v.getKey().equals("reviewer")) {
                continue;
            }
            int got = status(() -> post("/review/" + photo.getId() + "/approve").param("version", String.valueOf(photo.getVersion())), v.getValue());
            assertThat(got).as(v.getKey()).isEqualTo(reject.get(v.getKey()));
        }
        assertThat(photos.photoOf(owner.getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(status(() -> post("/review/" + photo.getId() + "/approve").param("version", String.valueOf(photo.getVersion())),
                reviewer)).isEqualTo(302);
        assertThat(photos.photoOf(owner.getId()).getStatus()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void bulkApprovalByAReviewerElsewhereApprovesNothing() throws Exception {
        photos.upload(stranger.getId(), "ok.jpg", Engines.compliant("idpass/sample_id_3.png"));
        photos.submit(stranger.getId());
        Long id = photos.photoOf(stranger.getId()).getId();
        mvc.perform(post("/review/bulk-approve").param("ids", id.toString()).with(csrf()).with(user(TestData.user(otherReviewer))));
        assertThat(photos.photoOf(stranger.getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
        check("POST /review/bulk-approve", () -> post("/review/bulk-approve"), only("REVIEWER", 302, 403));
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        check("GET /admin", () -> get("/admin"), only("ADMIN", 200, 403));
        check("POST /admin/deadline", () -> post("/admin/deadline"), only("ADMIN", 302, 403));
        check("POST /admin/reviewers", () -> post("/admin/reviewers").param("username", "x").param("name", "x")
                .param("password", "x"), only("ADMIN", 302, 403));
    }

    @Test
    void aPhotoFileIsServedToItsCandidateAndTheirReviewerAndToNobodyElse() throws Exception {
        for (String kind : List.of("original", "annotated", "fixed", "fixed-annotated")) {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("anonymous", 302);
            m.put("owner", 200);
            m.put("stranger", 404);
            m.put("reviewer", 200);
            m.put("otherReviewer", 404);
            m.put("admin", 403);
            m.put("api", 403);
            check("GET /photos/{id}/" + kind, () -> get("/photos/" + uploadId + "/" + kind), m);
        }
        Map<String, Integer> unknown = new LinkedHashMap<>(Map.of("anonymous", 302, "owner", 404, "stranger", 404,
                "reviewer", 404, "otherReviewer", 404, "admin", 403, "api", 403));
        check("GET /photos/{unknown}", () -> get("/photos/99999999/original"), unknown);
        check("GET /photos/{id}/nonsense", () -> get("/photos/" + uploadId + "/nonsense"), Map.of("anonymous", 302, "owner", 404,
                "stranger", 404, "reviewer", 404, "otherReviewer", 404, "admin", 403, "api", 403));
    }

    @Test
    void aCandidateCannotTakeSomeoneElsesFixOrUploadForThem() throws Exception {
        mvc.perform(post("/me/photo/" + uploadId + "/use-fix").with(csrf()).with(user(TestData.user(stranger))));
        assertThat(photos.photoOf(stranger.getId()).getCurrent()).isNull();
        assertThat(photos.photoOf(owner.getId()).getCurrent().getId()).isEqualTo(uploadId);
        // the upload always goes to the logged-in candidate, whatever the request carries
        mvc.perform(multipart("/me/photo").file(new MockMultipartFile("file", "x.jpg", "image/jpeg",
                Engines.compliant("idpass/sample_id_3.png"))).param("candidateId", owner.getId().toString())
                .with(csrf()).with(user(TestData.user(stranger))));
        assertThat(photos.photoOf(owner.getId()).getCurrent().getId()).isEqualTo(uploadId);
        assertThat(photos.photoOf(stranger.getId()).getCurrent()).isNotNull();
    }

    @Test
    void publicPagesAreOpenToAll() throws Exception {
        for (String path : List.of("/", "/login", "/register", "/requirements", "/faq", "/examples/good-white.jpg",
                "/js/upload.js", "/password/forgot", "/password/reset", "/v3/api-docs", "/swagger-ui/index.html", "/css/portal.css", "/favicon.svg")) {
            assertThat(status(() -> get(path), null)).as(path).isEqualTo(200);
        }
        // a signed-in person is sent from the front door to their own page
        assertThat(status(() -> get("/"), owner)).isEqualTo(302);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        int s = mvc.perform(post("/me/photo/submit").with(user(TestData.user(owner)))).andReturn().getResponse().getStatus();
        assertThat(s).isEqualTo(403);
        s = mvc.perform(post("/review/" + photo.getId() + "/approve").param("version", String.valueOf(photo.getVersion()))
                .with(user(TestData.user(reviewer)))).andReturn().getResponse().getStatus();
        assertThat(s).isEqualTo(403);
        assertThat(photos.photoOf(owner.getId()).getStatus()).isEqualTo(ReviewStatus.PENDING);
    }
}
