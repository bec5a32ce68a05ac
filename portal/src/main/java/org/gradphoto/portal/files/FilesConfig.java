package org.gradphoto.portal.files;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the stored files are kept: a folder of the server (gradphoto.photos-dir). */
@Configuration
class FilesConfig {

    @Bean
    PhotoStore photoStore(@Value("${gradphoto.photos-dir}") Path dir, Clock clock) {
        return new DirectoryPhotoStore(dir, clock);
    }
}
