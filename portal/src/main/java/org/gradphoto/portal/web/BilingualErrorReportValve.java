package org.gradphoto.portal.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat itself answers when a request never reaches the portal (a malformed address, an illegal character,
 * a path that climbs out): the portal's plain page in Chinese and English instead of Tomcat's English
 * "HTTP Status 400 – Bad Request".
 */
class BilingualErrorReportValve extends ErrorReportValve {

    BilingualErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String zh = status == 404 ? "找不到这个页面。" : status >= 500 ? "服务器出现问题，请稍后再试。" : "这个网址无效。";
        String en = status == 404 ? "There is no such page." : status >= 500 ? "The server has a problem: try again later."
                : "This address is not valid.";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer w = response.getReporter();
            if (w != null) {
                w.write("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>出错了 / Something went wrong"
                        + "</title><link rel=\"stylesheet\" href=\"/css/portal.css\"></head><body><main><div class=\"card narrow\">"
                        + "<h1>出错了</h1><p id=\"error-message\">" + zh + "</p><p lang=\"en\">" + en + "</p>"
                        + "<p><a href=\"/\">返回首页 / Home</a></p></div></main></body></html>");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing to answer
        }
    }
}
