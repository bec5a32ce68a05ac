package org.gradphoto.portal.photo;

import java.time.Clock;
import org.gradphoto.engine.PhotoEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine, its models loaded once per process; other modules check photos through {@link PhotoChecker}. */
@Configuration
class EngineConfig {

    @Bean
    PhotoEngine photoEngine(Clock clock) {
        return new PhotoEngine(clock);
    }
}
