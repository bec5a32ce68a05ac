package org.gradphoto.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On the shared PostgreSQL server, tests start from an empty schema: cleaned, then migrated. */
@Configuration
@ConditionalOnProperty(name = "gradphoto.test.clean-database", havingValue = "true")
public class CleanDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
