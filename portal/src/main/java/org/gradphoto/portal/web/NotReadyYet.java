package org.gradphoto.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the node is ready (migrations ran, the demo data exists, the start-up work is done) every request but the
 * health probes is answered 503 with Retry-After, in both languages: never a 401 for an account that is about to
 * exist, never a page of a half-started portal.
 */
class NotReadyYet extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    private final ApplicationAvailability availability;

    NotReadyYet(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || request.getRequestURI().startsWith("/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        PlainAnswer.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "系统正在启动，请稍后再试。",
                "The portal is starting; please try again in a moment.", RETRY_AFTER_SECONDS);
    }
}
