package org.gradphoto.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.gradphoto.portal.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;


/**
 * The limits a stranger meets before logging in: collection codes tried at {@code /collect} and registrations,
 * per client address. (Registrations per mobile number are limited where the number is read; API clients after
 * they have logged in, so that nobody can use up another client's allowance.)
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            RateLimits.Limit limit = path.equals("/collect") ? RateLimits.Limit.COLLECT_CODE
                    : path.equals("/register") ? RateLimits.Limit.REGISTER_ADDRESS : null;
            if (limit != null) {
                Duration wait = limits.take(limit, request.getRemoteAddr());
                if (!wait.isZero()) {
                    long s = RateLimits.seconds(wait);
                    PlainAnswer.write(request, response, 429,
                            limit == RateLimits.Limit.COLLECT_CODE ? "采集码尝试次数过多，请 " + s + " 秒后再试。"
                                    : "从这里注册的账号太多，请 " + s + " 秒后再试。",
                            limit == RateLimits.Limit.COLLECT_CODE ? "Too many collection codes tried: try again in " + s
                                    + " seconds." : "Too many registrations from here: try again in " + s + " seconds.",
                            (int) Math.min(Integer.MAX_VALUE, s));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
