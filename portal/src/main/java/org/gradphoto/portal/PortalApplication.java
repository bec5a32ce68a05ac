package org.gradphoto.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the portal: on an H2 file database with demo data by default, on PostgreSQL by configuration. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class PortalApplication {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SpringApplication.run(PortalApplication.class, args);
    }
}
