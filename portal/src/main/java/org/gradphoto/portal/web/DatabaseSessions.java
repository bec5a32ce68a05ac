package org.gradphoto.portal.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in the database ({@code gradphoto.sessions=database}, tables of Flyway's V16) for a portal of several
 * nodes: a person logged in on one node continues on any other, flash messages included. The embedded default keeps
 * them in the node's memory (PortalApplication leaves Boot's session auto-configuration out).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gradphoto.sessions", havingValue = "database")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class DatabaseSessions {

    /** The session cookie as the memory sessions' one: HttpOnly, SameSite=Lax. */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer s = new DefaultCookieSerializer();
        s.setCookieName("SESSION");
        s.setUseHttpOnlyCookie(true);
        s.setSameSite("Lax");
        return s;
    }

    /**
     * Two requests of one session at once (a double click, parallel uploads) may both write a new attribute: an
     * upsert instead of an insert, so that the second is no key violation (a 500).
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertAttributes(DataSource dataSource) throws SQLException {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery("""
                MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
                """);
    }
}
