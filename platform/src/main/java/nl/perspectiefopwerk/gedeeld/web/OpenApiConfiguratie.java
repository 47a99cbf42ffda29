package nl.perspectiefopwerk.gedeeld.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metadata van de OpenAPI-specificatie op /api/v1/openapi.json. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguratie {

  @Bean
  OpenAPI powOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Perspectief op Werk-platform API")
                .version(ApiVersieFilter.VERSIE)
                .description(
                    "REST-API volgens de NL API Design Rules: JSON in camelCase, paginering met links (HAL), "
                        + "fouten als application/problem+json (RFC 9457) en de header API-Version. "
                        + "Systeemkoppelingen gebruiken OAuth2 client credentials (/oauth2/token); de browser de sessie.")
                .license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "oauth2",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("OAuth2 client credentials")
                        .flows(
                            new OAuthFlows()
                                .clientCredentials(
                                    new OAuthFlow()
                                        .tokenUrl("/oauth2/token")
                                        .scopes(new Scopes().addString("referentiedata.lezen", "Regio's, postcodes, beroepen en vaardigheden lezen")
                                            .addString("kandidaten.importeren", "Kandidaten aanleveren vanuit gemeente of UWV")
                                            .addString("monitoring.lezen", "Geaggregeerde resultaten per regio lezen"))))))
        .addSecurityItem(new SecurityRequirement().addList("oauth2"));
  }
}
