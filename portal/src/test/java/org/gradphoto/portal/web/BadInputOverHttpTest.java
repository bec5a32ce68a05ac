package org.gradphoto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.portal.Http;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.collection.CollectionCodeRepository;
import org.gradphoto.portal.collection.records.StudentRecordRepository;
import org.gradphoto.portal.collection.school.SchoolCodes;
import org.gradphoto.portal.collection.school.SchoolData;
import org.gradphoto.portal.collection.school.SchoolService;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.photo.CandidatePhotoRepository;
import org.gradphoto.portal.photo.PhotoUploadRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What once answered 500, over real HTTP on a real port (Tomcat's own parsing included): broken and hostile photos
 * through the API, the candidate's page and /collect; a file name with a NUL; odd addresses; a huge form; two
 * tabs uploading at once; many large uploads at once; guessing passwords; guessing collection codes; registering in
 * bulk. Each gets a clear answer in Chinese and English, never a 500, and leaves no file behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "gradphoto.upload.concurrent=3", "gradphoto.upload.wait-millis=300", "gradphoto.login.address.free=20",
    "gradphoto.limit.collect-code=8/PT1H", "gradphoto.limit.register-address=4/PT1H", "gradphoto.limit.register-mobile=3/P1D",
    "gradphoto.limit.api=40/PT1M"})
@Tag("http")
class BadInputOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    SchoolData schoolData;
    @Autowired
    SchoolService schools;
    @Autowired
    SchoolCodes schoolCodes;
    @Autowired
    CollectionCodeRepository codes;
    @Autowired
    StudentRecordRepository records;
    @Autowired
    StoredFileRepository storedFiles;
    @Autowired
    PhotoUploadRepository uploads;
    @Autowired
    CandidatePhotoRepository photos;
    @Autowired
    org.gradphoto.portal.files.PhotoStore store;

    private Http api() {
        Account client = data.staff(Role.API);
        return new Http(port).basic(client.getUsername(), TestData.API_KEY);
    }

    private Http candidate(Account c) {
        Http h = new Http(port).from("198.51.100." + (c.getId() % 200 + 1));
        assertThat(h.logIn(c.getUsername(), TestData.PASSWORD).headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""))
                .endsWith("/");
        h.get("/me/photo");
        return h;
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static void bilingual(HttpResponse<String> r, String zh, String en) {
        assertThat(r.body()).contains(zh, en).doesNotContain("Exception", "HTTP Status", "Whitelabel", "\tat ");
    }

    // ------------------------------------------------------------------ photos that broke the engine

    @Test
    void theApiJudgesATinyPhotoOnItsSize() throws Exception {
        HttpResponse<String> r = api().postFile("/api/v1/photos/check", Map.of(), "file", "tiny.jpg",
                BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 2, 3));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rules = json(r).get("rules");
        JsonNode dims = find(rules, "FILE_DIMENSIONS");
        assertThat(dims.get("status").asText()).isEqualTo("FAILED");
        assertThat(dims.get("measuredText").asText()).isEqualTo("2 × 3 px");
        assertThat(find(rules, "FACE_FOUND").get("messageZh").asText()).contains("图像太小");
    }

    @Test
    void theApiReadsAZtxtBombAndRefusesA16BitGiantForItsDecodedSize() throws Exception {
        Http api = api();
        HttpResponse<String> bomb = api.postFile("/api/v1/photos/check", Map.of(), "file", "bomb.png",
                BadFiles.withZtxtBomb(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), 200 << 20));
        assertThat(bomb.statusCode()).isEqualTo(200);
        assertThat(json(bomb).get("verdict").asText()).isEqualTo("FAIL");
        HttpResponse<String> deep = api.postFile("/api/v1/photos/check", Map.of(), "file", "deep.png",
                BadFiles.deepPng(3000, 16000));
        assertThat(deep.statusCode()).isEqualTo(200);
        assertThat(json(deep).get("unreadable").get("reason").asText()).isEqualTo("TOO_MANY_PIXELS");
        assertThat(json(deep).get("unreadable").get("messageEn").asText()).contains("too many pixels");
    }

    @Test
    void aCandidatesTinyUploadShowsItsVerdict() {
        Account c = data.candidate(data.institution("芜湖"));
        Http h = candidate(c);
        HttpResponse<String> r = h.postFile("/me/photo", Map.of(), "file", "tiny.jpg",
                BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 8, 8));
        assertThat(r.statusCode()).isEqualTo(302);
        HttpResponse<String> page = h.follow(r);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("8 × 8");
    }

    @Test
    void aStudentsTinyUploadOnCollectShowsItsVerdict() throws Exception {
        SchoolData.School s = schoolData.school();
        String id = SchoolData.id();
        schools.importRecords(s.office().getId(), SchoolData.recordsCsv(
                s.main().getCode() + ",王小明,男,," + id + ",0001,土木工程,土木1101,本科,2026"), "r.csv");
        schoolCodes.issueCodes(s.office().getId(), 30);
        String code = codes.findByRecord(records.findByIdNumberAndCancelledFalse(id).get(0)).get(0).getCode();
        Http h = new Http(port).from("198.51.100.250");
        h.get("/collect");
        assertThat(h.postForm("/collect", Map.of("code", code, "featureCode", s.featureCode())).statusCode()).isEqualTo(302);
        h.get("/collect/photo");
        HttpResponse<String> r = h.postFile("/collect/photo", Map.of(), "file", "tiny.jpg",
                BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 4, 4));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(h.follow(r).statusCode()).isEqualTo(200);
    }

    @Test
    void aStudioZipWithAnEightPixelPhotoCollectsTheOthersAndSaysWhyNotThatOne() {
        SchoolData.School s = schoolData.school();
        String good = SchoolData.id();
        String tiny = SchoolData.id();
        schools.importRecords(s.office().getId(), SchoolData.recordsCsv(
                s.main().getCode() + ",王小明,男,," + good + ",0001,土木工程,土木1101,本科,2026",
                s.main().getCode() + ",李小红,女,," + tiny + ",0002,土木工程,土木1101,本科,2026"), "r.csv");
        Http h = new Http(port);
        h.logIn(s.office().getUsername(), TestData.PASSWORD);
        h.get("/school");
        byte[] zip = SchoolData.zip(Map.of(good + ".jpg", Engines.compliant("idpass/sample_id_3.png"),
                tiny + ".jpg", BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 8, 8)));
        HttpResponse<String> r = h.postFile("/school/studio", Map.of(), "file", "studio.zip", zip);
        assertThat(r.statusCode()).isEqualTo(302);
        HttpResponse<String> page = h.followJob(r);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(tiny + ".jpg", "不符合标准，请照相馆重拍：", "照片尺寸").doesNotContain("FILE_DIMENSIONS");
        // imported again: nothing is collected twice
        h.get("/school");
        HttpResponse<String> again = h.followJob(h.postFile("/school/studio", Map.of(), "file", "studio.zip", zip));
        assertThat(again.body()).contains("已采集 0 张", "另有 1 张照片此前已经采集");
    }

    @Test
    void aStudioZipOverTenMegabytesIsTakenInWhileAPhotoOverTenMegabytesIsRefusedUnread() throws Exception {
        SchoolData.School s = schoolData.school();
        Http h = new Http(port);
        h.logIn(s.office().getUsername(), TestData.PASSWORD);
        h.get("/school");
        byte[] noise = new byte[11 * 1024 * 1024];
        new java.util.Random(7).nextBytes(noise);
        String good = SchoolData.id();
        byte[] zip = SchoolData.zip(Map.of(good + ".jpg", Engines.compliant("idpass/sample_id_3.png"), SchoolData.id() + ".jpg", noise));
        assertThat(zip.length).isGreaterThan(11 * 1024 * 1024);
        HttpResponse<String> r = h.postFile("/school/studio", Map.of(), "file", "big.zip", zip);
        assertThat(Http.location(r)).matches("/school/studio/\\d+");
        assertThat(h.followJob(r).body()).contains("data-state=\"DONE\"", "已采集 1 张，未采集 1 个文件");

        Account c = data.candidate(data.institution("芜湖"));
        Http me = candidate(c);
        me.get("/me/photo");
        HttpResponse<String> photo = me.postFile("/me/photo", Map.of(), "file", "big.jpg", noise);
        assertThat(Http.location(photo)).isEqualTo("/me/photo");
        assertThat(me.follow(photo).body()).contains("照片文件超过 10 MB");
    }

    @Test
    void theSharedStudioZipWithAnEightPixelPhotoImports() throws Exception {
        Path zip = Faces.sharedBroken("studio_with_8x8.zip");
        SchoolData.School s = schoolData.school();
        Http h = new Http(port);
        h.logIn(s.office().getUsername(), TestData.PASSWORD);
        h.get("/school");
        HttpResponse<String> r = h.postFile("/school/studio", Map.of(), "file", "studio_with_8x8.zip", Files.readAllBytes(zip));
        assertThat(r.statusCode()).isEqualTo(302);
        HttpResponse<String> page = h.followJob(r);
        assertThat(page.statusCode()).isEqualTo(200);
        // the two good photos are collected, the 8 x 8 one is named with its reason
        assertThat(page.body()).contains("已采集 2 张", "110105200401010023.jpg");
    }

    // ------------------------------------------------------------------ what Tomcat and Spring refused with 500

    @Test
    void aNulInAnUploadsFileNameIsAClearRefusal() {
        Account c = data.candidate(data.institution("芜湖"));
        Http h = candidate(c);
        HttpResponse<String> r = h.postFile("/me/photo", Map.of(), "file", "a\u0000b.jpg",
                Engines.compliant("idpass/sample_id_3.png"));
        assertThat(r.statusCode()).isEqualTo(400);
        bilingual(r, "文件名含有不允许的字符", "The file name contains characters that are not allowed");
    }

    @Test
    void errorAddressesAndOddPathsGetThePortalsOwnPage() {
        Http h = new Http(port);
        HttpResponse<String> error = h.get("/error");
        assertThat(error.statusCode()).isEqualTo(404);
        for (String odd : List.of("/a%00b", "/..;/admin", "/%2e%2e/etc/passwd", "/me/%2e%2e/admin")) {
            HttpResponse<String> r = h.get(odd);
            assertThat(r.statusCode()).as(odd).isBetween(400, 404);
            assertThat(r.body()).as(odd).doesNotContain("HTTP Status", "Tomcat", "Exception");
            assertThat(r.body()).as(odd).containsAnyOf("这个网址无效", "找不到这个页面", "请求的内容无效");
        }
    }

    @Test
    void aFormOverTwoMegabytesIsTooLargeNotForbidden() {
        Account c = data.candidate(data.institution("芜湖"));
        Http h = candidate(c);
        h.get("/me/graduation");
        HttpResponse<String> r = h.postForm("/me/graduation/prior-degree", Map.of("school", "长".repeat(1_200_000)));
        assertThat(r.statusCode()).isEqualTo(413);
        bilingual(r, "提交的内容太长", "What you sent is too long");
    }

    // ------------------------------------------------------------------ at once

    @Test
    void fourUploadsAtOnceByOneCandidateNeverAnswer500AndLeaveNoFile() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        Http h = candidate(c);
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        List<HttpResponse<String>> answers = parallel(4, () -> h.postFile("/me/photo", Map.of(), "file", "me.jpg", photo));
        for (HttpResponse<String> r : answers) {
            assertThat(r.statusCode()).isIn(302, 503);
        }
        long stored = uploads.findAll().stream().filter(u -> u.getCandidate().getId().equals(c.getId())).count();
        assertThat(stored).isBetween(1L, 4L);
        assertThat(h.get("/me/photo").statusCode()).isEqualTo(200);
        assertNoFileWithoutItsRow();
    }

    @Test
    void aSecondUploadWhileTheFirstIsBeingCheckedIsToldToWaitAndKeepsNothing() throws Exception {
        Account c = data.candidate(data.institution("芜湖"));
        Http h = candidate(c);
        // a large phone photo that fails and is fixed: its check takes long enough to send another meanwhile
        byte[] slow = BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 4000, 5000);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> first = pool.submit(() -> h.postFile("/me/photo", Map.of(), "file", "big.jpg", slow));
            Thread.sleep(250);
            HttpResponse<String> second = h.postFile("/me/photo", Map.of(), "file", "me.jpg",
                    Engines.compliant("idpass/sample_id_3.png"));
            assertThat(second.statusCode()).isEqualTo(302);
            assertThat(h.follow(second).body()).contains("您刚才上传的照片正在检测，请几秒后刷新本页查看结果");
            assertThat(first.get().statusCode()).isEqualTo(302);
        } finally {
            pool.shutdownNow();
        }
        assertThat(uploads.findAll().stream().filter(u -> u.getCandidate().getId().equals(c.getId())).map(u -> u.getFileName()))
                .containsExactly("big.jpg");
        assertNoFileWithoutItsRow();
    }

    @Test
    void manyLargeUploadsAtOnceAreAdmittedOrAskedToWaitNeverAServerError() throws Exception {
        byte[] big = BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 4000, 3000);
        byte[] padded = org.gradphoto.engine.testing.JpegEdits.paddedTo(big, 9 << 20);
        List<Http> clients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            clients.add(api());
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<HttpResponse<String>> answers = parallel(12, () -> clients.get(next.getAndIncrement())
                .postFile("/api/v1/photos/check", Map.of(), "file", "big.jpg", padded));
        long ok = answers.stream().filter(r -> r.statusCode() == 200).count();
        long busy = answers.stream().filter(r -> r.statusCode() == 503).count();
        assertThat(ok + busy).isEqualTo(12);
        assertThat(ok).isPositive();
        answers.stream().filter(r -> r.statusCode() == 503).forEach(r -> {
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            bilingual(r, "现在上传的人很多", "Many uploads are being handled right now");
        });
    }

    // ------------------------------------------------------------------ guessing and flooding

    @Test
    void fiftyWrongPasswordsFromOneAddressDoNotKeepTheOwnerOutAtHome() {
        Account c = data.candidate(data.institution("芜湖"));
        Http stranger = new Http(port).from("203.0.113.66");
        int slowed = 0;
        for (int i = 0; i < 50; i++) {
            String to = stranger.logIn(c.getUsername(), "guess" + i).headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
            assertThat(to).containsAnyOf("/login?error", "/login?slow=");
            slowed += to.contains("slow=") ? 1 : 0;
        }
        assertThat(slowed).isGreaterThan(40);
        HttpResponse<String> page = stranger.get("/login?slow=3");
        assertThat(page.body()).contains("密码错误次数过多，请 3 秒后再试");
        // the owner, at home
        Http owner = new Http(port).from("198.51.100.99");
        assertThat(owner.logIn(c.getUsername(), TestData.PASSWORD).headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""))
                .endsWith("/");
        // the same answers for a name nobody has
        Http other = new Http(port).from("203.0.113.67");
        String nobody = TestData.newIdNumber();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(other.logIn(nobody, "guess").headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "").replaceAll("slow=\\d+", "slow"));
        }
        assertThat(answers).containsExactly("/login?error", "/login?error", "/login?error", "/login?error", "/login?error",
                "/login?error", "/login?slow", "/login?slow");
    }

    @Test
    void anApiKeyIsThrottledNeverLocked() throws Exception {
        Account client = data.staff(Role.API);
        Http wrong = new Http(port).from("203.0.113.70").basic(client.getUsername(), "not-the-key");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(wrong.postFile("/api/v1/photos/check", Map.of(), "file", "x.jpg", new byte[] {1}).statusCode());
        }
        assertThat(statuses.subList(0, 6)).containsOnly(401);
        assertThat(statuses.get(7)).isEqualTo(429);
        HttpResponse<String> right = new Http(port).from("198.51.100.70").basic(client.getUsername(), TestData.API_KEY)
                .postFile("/api/v1/photos/check", Map.of(), "file", "x.jpg", Engines.compliant("idpass/sample_id_3.png"));
        assertThat(right.statusCode()).isEqualTo(200);
    }

    @Test
    void guessingCollectionCodesIsLimitedPerAddress() {
        Http h = new Http(port).from("203.0.113.80");
        h.get("/collect");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = h.postForm("/collect", Map.of("code", "ABCD-EFGH-JKMN-PQRS-TVW" + i, "featureCode", "X"));
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                bilingual(r, "采集码尝试次数过多", "Too many collection codes tried");
            }
        }
        assertThat(statuses.subList(0, 8)).doesNotContain(429, 500);
        assertThat(statuses.subList(8, 10)).containsOnly(429);
        // another address is not affected
        Http other = new Http(port).from("203.0.113.81");
        other.get("/collect");
        assertThat(other.postForm("/collect", Map.of("code", "ABCD", "featureCode", "X")).statusCode()).isNotEqualTo(429);
    }

    @Test
    void registeringInBulkIsLimitedPerAddressAndPerMobileNumber() {
        Institution inst = data.institution("芜湖");
        Http h = new Http(port).from("203.0.113.90");
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            h.get("/register");
            HttpResponse<String> r = h.postForm("/register", Map.of("name", "张三", "idType", "RESIDENT_ID_CARD",
                    "idNumber", TestData.newIdNumber(), "mobile", "13700137000", "institutionId", String.valueOf(inst.getId()),
                    "password", "Secret2026x", "confirmPassword", "Secret2026x"));
            statuses.add(r.statusCode());
            bodies.add(r.body());
        }
        // three accounts for one number, the fourth is refused at the field; the fifth from this address is 429
        assertThat(statuses.subList(0, 3)).containsOnly(302);
        assertThat(statuses.get(3)).isEqualTo(200);
        assertThat(bodies.get(3)).contains("这个手机号码今天已注册了多个账号");
        assertThat(statuses.get(4)).isEqualTo(429);
        bilingual(new HttpResponseView(bodies.get(4)), "从这里注册的账号太多", "Too many registrations from here");
    }

    // ------------------------------------------------------------------ helpers

    private void assertNoFileWithoutItsRow() throws Exception {
        List<String> files;
        Path photosDir = ((org.gradphoto.portal.files.DirectoryPhotoStore) store).root();
        try (Stream<Path> s = Files.walk(photosDir)) {
            files = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
        assertThat(files).noneMatch(f -> f.endsWith(".part") || f.endsWith(".pending"));
        assertThat(files).allMatch(f -> storedFiles.existsById(f));
    }

    private static JsonNode find(JsonNode rules, String id) {
        for (JsonNode r : rules) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static <T> List<T> parallel(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A body as an answer, for {@link #bilingual}. */
    private record HttpResponseView(String body) {
    }

    private static void bilingual(HttpResponseView r, String zh, String en) {
        assertThat(r.body()).contains(zh, en).doesNotContain("Exception", "HTTP Status");
    }
}
