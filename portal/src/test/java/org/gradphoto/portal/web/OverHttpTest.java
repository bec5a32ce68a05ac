package org.gradphoto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a real server shows: the size limit of uploads (enforced by the servlet container, not visible to
 * MockMvc) answered in JSON, the whole body read so the client gets the answer instead of a reset connection,
 * and error pages without stack traces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class OverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anApiUploadOverTenMegabytesGets413InBothLanguages() throws Exception {
        Account api = data.staff(Role.API);
        byte[] big = new byte[11 * 1024 * 1024];
        String boundary = "gradphotoBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + big.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/photos/check"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((api.getUsername() + ":" + TestData.API_KEY)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("文件超过 10 MB", "The file is larger than 10 MB");
    }

    @Test
    void errorPagesSayWhatHappenedWithoutAStackTrace() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
                .header("Cookie", "gradphoto-lang=en").build(), HttpResponse.BodyHandlers.ofString());
        // an unknown address asks for a login first (nothing is revealed to strangers)
        assertThat(r.statusCode()).isEqualTo(302);
        // a form sent without its CSRF token: refused, with a page in the reader's language
        HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/register"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("出错了", "您没有权限").doesNotContain("Exception", "\tat ", "org.spring");
    }
}
