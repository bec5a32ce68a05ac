package org.gradphoto.portal.web;

import org.gradphoto.portal.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;


/** What stands in front of everything else (Spring Security included): the readiness gate, the request gate, control
 * characters removed from parameters, Tomcat's error answers. */
@Configuration
class GateConfig {

    /** Tomcat's own error answers (requests it refuses before the portal sees them) in both languages. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory> bilingualTomcatErrors() {
        return factory -> factory.addContextCustomizers(context -> context.getParent().getPipeline()
                .addValve(new BilingualErrorReportValve()));
    }

    @Bean
    FilterRegistrationBean<NotReadyYet> notReadyYet(org.springframework.boot.availability.ApplicationAvailability availability) {
        FilterRegistrationBean<NotReadyYet> r = new FilterRegistrationBean<>(new NotReadyYet(availability));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.addUrlPatterns("/*");
        return r;
    }

    @Bean
    FilterRegistrationBean<ControlCharacters> controlCharacters() {
        FilterRegistrationBean<ControlCharacters> r = new FilterRegistrationBean<>(new ControlCharacters());
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        r.addUrlPatterns("/*");
        return r;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits) {
        FilterRegistrationBean<RateLimitFilter> r = new FilterRegistrationBean<>(new RateLimitFilter(limits));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        r.addUrlPatterns("/collect", "/register");
        return r;
    }

    @Bean
    FilterRegistrationBean<RequestGate> requestGate(
            @Value("${gradphoto.upload.concurrent:0}") int concurrent,
            @Value("${gradphoto.upload.wait-millis:2000}") long waitMillis,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") org.springframework.util.unit.DataSize maxForm,
            @Value("${gradphoto.upload.retry-after-seconds:10}") int retryAfter) {
        int n = concurrent > 0 ? concurrent : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        FilterRegistrationBean<RequestGate> r = new FilterRegistrationBean<>(
                new RequestGate(n, waitMillis, maxForm.toBytes(), retryAfter));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        r.addUrlPatterns("/*");
        return r;
    }
}
