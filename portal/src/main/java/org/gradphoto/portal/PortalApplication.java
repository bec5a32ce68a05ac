package org.gradphoto.portal;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the portal: on an H2 file database with demo data by default, on PostgreSQL by configuration. Sessions are
 * the node's own unless {@code gradphoto.sessions=database} (web.DatabaseSessions): Boot's session
 * auto-configuration, which would put them in the database whenever Spring Session is on the class path, is left out.
 */
@SpringBootApplication(exclude = org.springframework.boot.autoconfigure.session.SessionAutoConfiguration.class)
@EnableScheduling
public class PortalApplication {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SpringApplication.run(PortalApplication.class, args);
    }

    /** The one clock every module reads the time from (tests replace it). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
