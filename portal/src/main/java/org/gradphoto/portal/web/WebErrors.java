package org.gradphoto.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.photo.PhotoChecker;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a request that cannot be served gets, never a stack trace. A file over the size limit or a broken upload:
 * a page goes back to where it came from with the reason, the API answers 413 or 400 in JSON (these fail before
 * any controller is chosen, hence one advice for both). A busy checker: 503, try again. Not found (or not
 * the caller's): 404.
 */
@ControllerAdvice
public class WebErrors {

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    public Object upload(HttpServletRequest request, Exception e) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        if (isApi(request)) {
            return tooLarge
                    ? ApiProblem.of(HttpStatus.PAYLOAD_TOO_LARGE, "文件超过 10 MB。", "The file is larger than 10 MB.")
                    : ApiProblem.of(HttpStatus.BAD_REQUEST, "上传的请求不完整或已损坏。", "The upload request is incomplete or broken.");
        }
        var flash = RequestContextUtils.getOutputFlashMap(request);
        boolean zip = UploadLimits.zipPath(request);
        flash.put("error", tooLarge ? (zip ? "import.error.zip_too_large" : "photo.error.too_large") : "photo.error.broken_upload");
        RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(flash, request, null);
        String back = request.getRequestURI().startsWith("/me/") ? "/me/photo"
                : zip && request.getRequestURI().startsWith("/school/") ? "/school" : zip ? "/review/references" : "/";
        return new ModelAndView("redirect:" + back);
    }

    /** No CJK font on the server: a PDF (form, slips, print sheet) cannot be made now. 503 in both languages. */
    @ExceptionHandler(org.gradphoto.portal.print.PdfPages.FontMissingException.class)
    public org.springframework.http.ResponseEntity<String> fontMissing(Exception e) {
        org.slf4j.LoggerFactory.getLogger(WebErrors.class).error("no PDF: {}", e.getMessage());
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body("服务器缺少中文字体，暂时无法生成 PDF / the server lacks a Chinese font: the PDF cannot be made now");
    }

    @ExceptionHandler(PhotoChecker.BusyException.class)
    public Object busy(HttpServletRequest request) {
        if (isApi(request)) {
            return ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "正在检查的照片太多，请稍后再试。",
                    "Too many photos are being checked; try again in a moment.");
        }
        ModelAndView m = new ModelAndView("error", Map.of("messageKey", "error.busy"));
        m.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return m;
    }

    /**
     * The photo storage cannot take a file (disk full, read-only): 503, nothing was kept, the candidate tries
     * again later.
     */
    @ExceptionHandler(org.gradphoto.portal.files.PhotoStore.StorageUnavailableException.class)
    public Object storageUnavailable(HttpServletRequest request, Exception e) {
        org.slf4j.LoggerFactory.getLogger(WebErrors.class).error("photo storage unavailable", e);
        if (isApi(request)) {
            return ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "暂时无法保存文件，请稍后再试。",
                    "Files cannot be stored right now: try again later.");
        }
        ModelAndView m = new ModelAndView("error", Map.of("messageKey", "error.storage"));
        m.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return m;
    }

    /**
     * A value the database would not keep (too long for its column, a duplicate that slipped past the checks):
     * the last net under the value objects' own checks, so that it is a clear refusal, never a 500.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    public Object notSaved(HttpServletRequest request, org.springframework.dao.DataIntegrityViolationException e) {
        org.slf4j.LoggerFactory.getLogger(WebErrors.class).warn("not saved: {}", e.getMostSpecificCause().toString());
        if (isApi(request)) {
            return ApiProblem.of(HttpStatus.BAD_REQUEST, "没有保存：有一项内容太长或重复。", "Not saved: a field is too long or a duplicate.");
        }
        ModelAndView m = new ModelAndView("error", Map.of("messageKey", "error.not_saved"));
        m.setStatus(HttpStatus.BAD_REQUEST);
        return m;
    }

    /** Someone else's record, application or photo, or one that does not exist: the same 404 page. */
    @ExceptionHandler(NotFoundException.class)
    public ModelAndView notFound() {
        ModelAndView m = new ModelAndView("error", Map.of("messageKey", "error.not_found"));
        m.setStatus(HttpStatus.NOT_FOUND);
        return m;
    }

    /** Requests that are malformed before any photo is looked at: 4xx with the reason, in JSON or on a page. */
    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpRequestMethodNotSupportedException.class,
        MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
        MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class})
    public Object malformed(HttpServletRequest request, Exception e) {
        HttpStatus status = e instanceof HttpMediaTypeNotSupportedException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : e instanceof HttpRequestMethodNotSupportedException ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.BAD_REQUEST;
        if (isApi(request)) {
            return switch (status) {
                case UNSUPPORTED_MEDIA_TYPE -> ApiProblem.of(status, "请以 multipart/form-data 上传，文件放在字段 file 中。",
                        "Send multipart/form-data with the photo in the field 'file'.");
                case METHOD_NOT_ALLOWED -> ApiProblem.of(status, "此地址只接受 POST。", "This address accepts POST only.");
                default -> ApiProblem.of(status, "请求的参数无效或缺失。", "A parameter of the request is missing or invalid.");
            };
        }
        ModelAndView m = new ModelAndView("error", Map.of("messageKey", "error.bad_request"));
        m.setStatus(status);
        return m;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    /** A problem+json body with the message in both languages. */
    public static final class ApiProblem {

        private ApiProblem() {
        }

        public static ResponseEntity<Map<String, Object>> of(HttpStatus status, String zh, String en) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of("status", status.value(), "title", en, "detail", zh + " / " + en, "messageZh", zh,
                            "messageEn", en));
        }
    }
}
