package org.gradphoto.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two sizes of upload: a photo, a PDF or a table is at most {@code gradphoto.upload.max-bytes} (10 MB), refused by
 * its length before it is read; a zip of a studio's or an office's photos (thousands of 20–40 KB photos) may be as
 * large as the servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}). Multipart requests are
 * read lazily, so this runs before any byte of the body is parsed.
 */
@Configuration
class UploadLimits implements WebMvcConfigurer, HandlerInterceptor {

    /** Where a zip of many photos is sent. */
    static final Set<String> ZIP_PATHS = Set.of("/school/studio", "/school/references", "/review/references");

    private final long maxBytes;

    UploadLimits(@Value("${gradphoto.upload.max-bytes:10MB}") DataSize maxBytes) {
        this.maxBytes = maxBytes.toBytes();
    }

    static boolean zipPath(HttpServletRequest request) {
        return ZIP_PATHS.contains(request.getRequestURI());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        // the form's fields and boundaries add a little to the file itself
        if (multipart && !zipPath(request) && request.getContentLengthLong() > maxBytes + 64 * 1024) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        return true;
    }
}
