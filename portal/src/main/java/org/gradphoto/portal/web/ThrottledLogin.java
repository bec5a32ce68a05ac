package org.gradphoto.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.gradphoto.portal.account.LoginThrottle;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a login that must wait (see {@link LoginThrottle}) before its password is even checked: the form
 * goes back to the login page saying how long, the API answers 429 with Retry-After. The same answer for names
 * with and without an account.
 */
class ThrottledLogin extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    ThrottledLogin(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = null;
        boolean form = "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
        if (form) {
            name = request.getParameter("username");
        } else {
            name = basicUser(request.getHeader("Authorization"));
        }
        if (name != null) {
            Duration wait = throttle.waitBefore(name, request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                if (form) {
                    response.sendRedirect(request.getContextPath() + "/login?slow=" + seconds);
                } else {
                    PlainAnswer.write(request, response, 429, "密码错误次数过多，请 " + seconds + " 秒后再试。",
                            "Too many wrong passwords: try again in " + seconds + " seconds.", (int) seconds);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
