package org.gradphoto.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, minus the rendering, against the portal on a real port: its own cookies (session, language),
 * the CSRF token read from the last page, form posts and multipart uploads built byte by byte (so a test can put
 * a NUL into a file name), redirects not followed so each answer is seen as the server gave it. A client address
 * can be claimed with X-Forwarded-For where the portal is told to trust it.
 */
public final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private String csrf;
    private String forwardedFor;
    private String basic;
    private String accept = "text/html";

    public Http(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private Http(int port, HttpClient client) {
        this.port = port;
        this.client = client;
    }

    /** The same browser (its cookies, so its session) on another node of the portal. */
    public Http onNode(int otherPort) {
        Http other = new Http(otherPort, client);
        other.forwardedFor = forwardedFor;
        other.basic = basic;
        other.accept = accept;
        return other;
    }

    /** Requests from now on ask for this media type (the health probes answer JSON only). */
    public Http accepting(String mediaType) {
        this.accept = mediaType;
        return this;
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Requests from now on claim to come from this client address. */
    public Http from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Requests from now on carry HTTP Basic credentials. */
    public Http basic(String user, String password) {
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.accept = "application/json";
        return this;
    }

    /** Where an answer sends the browser, as a path on this site. */
    public static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(request(path).GET());
        remember(r);
        return r;
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the login form; returns the answer to the form (a redirect). */
    public HttpResponse<String> logIn(String user, String password) {
        get("/login");
        return postForm("/login", Map.of("username", user, "password", password));
    }

    /** Posts a form with the CSRF token of the last page read (call {@link #get} on the form's page first). */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        remember(r);
        return r;
    }

    /** Posts multipart/form-data: the fields, the CSRF token, and one file under {@code fileField}. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] bytes) {
        String boundary = "gradphoto" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        all.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        remember(r);
        return r;
    }

    /** The page an answer redirects to (Location), read. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(location(redirect));
    }

    /**
     * Follows a redirect to a job's page and reloads it, as its Refresh header asks, until the job is done or failed
     * (two minutes at most): the page at the end.
     */
    public HttpResponse<String> followJob(HttpResponse<String> redirect) {
        return awaitJob(location(redirect));
    }

    /** Reloads a job's page until the job is done or failed (two minutes at most): the page at the end. */
    public HttpResponse<String> awaitJob(String to) {
        long until = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (true) {
            HttpResponse<String> page = get(to);
            if (page.statusCode() != 200 || page.body().contains("data-state=\"DONE\"") || page.body().contains("data-state=\"FAILED\"")) {
                return page;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("the job at " + to + " did not end in 2 minutes: " + page.body());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public String csrf() {
        return csrf;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept);
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpResponse<String> r) {
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
