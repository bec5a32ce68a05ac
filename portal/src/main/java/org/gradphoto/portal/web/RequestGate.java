package org.gradphoto.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing a request meets, before its body is read: an upload (any multipart request) waits briefly for
 * one of a bounded number of places, or is answered 503 with Retry-After, so that fifty 10 MB uploads at once
 * cannot fill the heap; a form larger than the container reads is answered 413 instead of losing its fields (and
 * its CSRF token) and being refused as forbidden.
 */
class RequestGate extends OncePerRequestFilter {

    private final Semaphore uploads;
    private final long waitMillis;
    private final long maxFormBytes;
    private final int retryAfterSeconds;

    RequestGate(int concurrentUploads, long waitMillis, long maxFormBytes, int retryAfterSeconds) {
        this.uploads = new Semaphore(concurrentUploads, true);
        this.waitMillis = waitMillis;
        this.maxFormBytes = maxFormBytes;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") && request.getContentLengthLong() > maxFormBytes) {
            PlainAnswer.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "提交的内容太长（超过 " + (maxFormBytes >> 20) + " MB），请缩短后再提交。",
                    "What you sent is too long (over " + (maxFormBytes >> 20) + " MB): shorten it and send it again.", null);
            return;
        }
        if (!type.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = uploads.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            PlainAnswer.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "现在上传的人很多，请 " + retryAfterSeconds + " 秒后再试。",
                    "Many uploads are being handled right now: try again in " + retryAfterSeconds + " seconds.",
                    retryAfterSeconds);
            return;
        }
        try {
            if (readParts(request, response)) {
                chain.doFilter(request, response);
            }
        } finally {
            uploads.release();
        }
    }

    /**
     * Reads the parts (to temporary files) here, where a file name Tomcat refuses (a NUL or another control
     * character) can still be answered: later, every parameter lookup would throw. A size limit or a broken body
     * is left to the page's own handling ({@link WebErrors}); false when the request has been answered.
     */
    private static boolean readParts(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | IOException | ServletException e) {
            return true;
        } catch (RuntimeException e) {
            PlainAnswer.write(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    "文件名含有不允许的字符，请把文件改名（只用文字、数字和 .jpg）后再上传。",
                    "The file name contains characters that are not allowed: rename the file (letters, digits and .jpg) "
                            + "and upload it again.", null);
            return false;
        }
    }

    int available() {
        return uploads.availablePermits();
    }
}
