package org.gradphoto.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.gradphoto.portal.account.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors. The JSON API: stateless, HTTP Basic, for API clients (and admins), answering 401/403 in JSON. The
 * web pages: a login form, sessions, CSRF tokens on every form, each area for its role only.
 */
@Configuration
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new ThrottledLogin(throttle), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole("API", "ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> json(res, HttpServletResponse.SC_UNAUTHORIZED,
                        "需要登录（HTTP Basic，API 账号）", "authentication required (HTTP Basic, an API account)")))
                .exceptionHandling(x -> x.accessDeniedHandler((req, res, e) -> json(res, HttpServletResponse.SC_FORBIDDEN,
                        "此账号不能使用 API", "this account may not use the API")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(new ThrottledLogin(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/contacts/manage", "/contacts/manage/**").hasRole("ADMIN")
                        .requestMatchers("/notices/manage", "/notices/manage/**").hasAnyRole("ADMIN", "PROVINCE", "REVIEWER", "SCHOOL")
                        .requestMatchers("/", "/login", "/register", "/error", "/css/**", "/js/**", "/examples/**", "/requirements", "/faq", "/password/forgot", "/password/reset", "/favicon.ico", "/favicon.svg",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/collect", "/collect/**",
                                "/notices", "/notices/*", "/notices/*/files/*", "/contacts",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/me/**").hasRole("CANDIDATE")
                        .requestMatchers("/review/**", "/review.xlsx").hasRole("REVIEWER")
                        .requestMatchers("/office/**").hasAnyRole("REVIEWER", "PROVINCE")
                        .requestMatchers("/graduation/**").hasAnyRole("CANDIDATE", "REVIEWER", "PROVINCE")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/school/**", "/school").hasRole("SCHOOL")
                        .requestMatchers("/photos/**").hasAnyRole("CANDIDATE", "REVIEWER")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(new LoginFailureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(x -> x.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(h -> h.referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    private static void json(HttpServletResponse res, int status, String zh, String en) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"status\":" + status + ",\"title\":\"" + en + "\",\"detail\":\"" + zh + " / " + en
                + "\",\"messageZh\":\"" + zh + "\",\"messageEn\":\"" + en + "\"}");
    }
}
