package org.gradphoto.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * After the admin's reset, every page leads to 修改密码 until the person has set a password of their own. Only a
 * session that logged in with a temporary password asks the database (once per request, until it is replaced).
 */
@Configuration
class ForcedPasswordChange implements WebMvcConfigurer, HandlerInterceptor {

    private final AccountRepository accounts;

    ForcedPasswordChange(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/account/password", "/logout", "/error", "/css/**", "/js/**",
                "/favicon.*", "/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser u && u.temporaryPassword()
                && accounts.findById(u.accountId()).map(Account::mustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + "/account/password?reset");
            return false;
        }
        return true;
    }
}
