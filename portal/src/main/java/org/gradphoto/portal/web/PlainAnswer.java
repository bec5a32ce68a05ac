package org.gradphoto.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * An answer given before any page can be rendered (a filter turns a request away: too many uploads at once, a
 * form too large, too many attempts): problem+json with both languages for the API, else a small page with both
 * languages and the way back. Never framework text.
 */
public final class PlainAnswer {

    private PlainAnswer() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String zh, String en,
            Integer retryAfterSeconds) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        if (retryAfterSeconds != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + json(en) + "\",\"detail\":\"" + json(zh)
                    + " / " + json(en) + "\",\"messageZh\":\"" + json(zh) + "\",\"messageEn\":\"" + json(en) + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>出错了 / Something went wrong</title><link rel=\"stylesheet\" href=\"/css/portal.css\"></head>"
                    + "<body><main><div class=\"card narrow\"><h1>出错了</h1><p id=\"error-message\">" + HtmlUtils.htmlEscape(zh)
                    + "</p><p lang=\"en\">" + HtmlUtils.htmlEscape(en) + "</p><p><a href=\"/\">返回首页 / Home</a></p>"
                    + "</div></main></body></html>");
        }
        response.flushBuffer();
    }

    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith("/api/")
                || accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
