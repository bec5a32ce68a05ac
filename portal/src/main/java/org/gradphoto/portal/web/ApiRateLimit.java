package org.gradphoto.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.gradphoto.portal.RateLimits;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;


/**
 * Requests per API client, counted after the client has logged in (a stranger cannot use up someone else's
 * allowance): over the limit, 429 with Retry-After in both languages.
 */
@Configuration
class ApiRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    private final RateLimits limits;

    ApiRateLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        if (request.getUserPrincipal() == null) {
            return true;
        }
        Duration wait = limits.take(RateLimits.Limit.API, request.getUserPrincipal().getName());
        if (wait.isZero()) {
            return true;
        }
        long s = RateLimits.seconds(wait);
        PlainAnswer.write(request, response, 429, "请求过于频繁，请 " + s + " 秒后再试。",
                "Too many requests: try again in " + s + " seconds.", (int) s);
        return false;
    }
}
