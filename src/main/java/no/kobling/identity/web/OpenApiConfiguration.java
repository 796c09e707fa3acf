package no.kobling.identity.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI koblingOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kobling API").version("v1")
                        .description("REST API of Kobling, the platform for regional and cross-border business "
                                + "development in Norway, Sweden and Finland. Every operation needs a personal API "
                                + "token; errors are RFC 9457 problem details with a stable `code`.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("kob_…")
                        .description("A personal API token. Sign in to Kobling, open your account page (/account) "
                                + "and create a token under \"Personal API tokens\" (needs a role with the USE_API "
                                + "permission). The token is shown once; send it as `Authorization: Bearer kob_…`. "
                                + "Revoke it on the same page or with DELETE /api/v1/me/tokens/{id}.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Puts the bearer requirement on every operation too, so each one shows the lock in Swagger UI. */
    @Bean
    GlobalOperationCustomizer bearerOnEveryOperation() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.hasMethodAnnotation(
                    io.swagger.v3.oas.annotations.security.SecurityRequirements.class)) {
                return operation; // declared by the operation itself (public operations: none)
            }
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
            return operation;
        };
    }
}
