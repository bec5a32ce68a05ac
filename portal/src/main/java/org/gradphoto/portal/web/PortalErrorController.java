package org.gradphoto.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error controller, except that {@code /error} asked for directly (not forwarded with an error) is
 * an address like any other that does not exist: 404, not the 500 Boot answers for "no error recorded".
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class PortalErrorController extends BasicErrorController {

    PortalErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (direct(request)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            ModelAndView m = new ModelAndView("error", Map.of("messageKey", "error.not_found"));
            m.setStatus(HttpStatus.NOT_FOUND);
            return m;
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (direct(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of("status", 404, "title", "Not found", "messageZh", "没有这个页面。", "messageEn",
                            "There is no such page."));
        }
        return super.error(request);
    }

    private static boolean direct(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
    }
}
