package org.gradphoto.portal.web;

import java.nio.file.Path;
import java.time.Clock;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.portal.files.DirectoryPhotoStore;
import org.gradphoto.portal.files.PhotoStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine (models loaded once per process), the clock, and where photos are kept. */
@Configuration
public class EngineConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PhotoEngine photoEngine(Clock clock) {
        return new PhotoEngine(clock);
    }


    @Bean
    PhotoStore photoStore(@Value("${gradphoto.photos-dir}") Path dir, Clock clock) {
        return new DirectoryPhotoStore(dir, clock);
    }
}
