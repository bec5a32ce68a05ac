package org.gradphoto.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs (and readable at /swagger-ui.html). */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI gradphotoApi() {
        return new OpenAPI()
                .info(new Info().title("gradphoto API").version("v1")
                        .description("学历证书电子注册图像：检查与修正 / Graduation-certificate photos: check and fix. "
                                + "HTTP Basic with an API account."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
