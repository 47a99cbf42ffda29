package nl.perspectiefopwerk.toegang.config;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyAuthority;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasRole;

import java.util.Arrays;
import nl.perspectiefopwerk.gedeeld.api.ProbleemType;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Drie filterketens: (1) het OAuth2-tokenendpoint voor systeemkoppelingen, (2) de API als OAuth2
 * resource server (en met de browsersessie), (3) de webpagina's met formulier- en OIDC-inlog.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class BeveiligingConfiguratie {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** Alle rollen: elke ingelogde persoon mag de referentiedata lezen. */
  private static final String[] ALLE_ROLLEN = Arrays.stream(Rol.values()).map(Rol::name).toArray(String[]::new);

  private final BeveiligingProperties properties;

  BeveiligingConfiguratie(BeveiligingProperties properties) {
    this.properties = properties;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt, met {id}-prefix
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiKeten(HttpSecurity http) throws Exception {
    AuthenticationEntryPoint nietIngelogd =
        (request, response, e) -> {
          response.setHeader("WWW-Authenticate", "Bearer");
          Problemen.schrijf(
              request,
              response,
              Problemen.maak(
                  ProbleemType.NIET_INGELOGD,
                  HttpStatus.UNAUTHORIZED,
                  "Niet ingelogd",
                  "Log in of stuur een geldig OAuth2-toegangstoken mee (Authorization: Bearer …).",
                  null));
        };
    AccessDeniedHandler geenToegang =
        (request, response, e) ->
            Problemen.schrijf(
                request,
                response,
                Problemen.maak(
                    ProbleemType.GEEN_TOEGANG,
                    HttpStatus.FORBIDDEN,
                    "Geen toegang",
                    "Uw rol of koppeling heeft geen toegang tot deze resource.",
                    null));
    RequestMatcher bearer = request -> {
      String h = request.getHeader("Authorization");
      return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
    };
    String[] referentiedata = {
      "/api/v1/arbeidsmarktregios/**", "/api/v1/postcodes/**", "/api/v1/beroepen/**", "/api/v1/vaardigheden/**"
    };
    // Alles onder /api/… (niet de informatiepagina /api zelf, die hoort bij de webketen).
    RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    http.securityMatcher(api)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, referentiedata)
                    .access(AuthorizationManagers.anyOf(hasAnyAuthority("SCOPE_referentiedata.lezen"), hasAnyRole(ALLE_ROLLEN)))
                    .requestMatchers("/api/v1/beheer/**")
                    .access(hasRole(Rol.BEHEERDER.name()))
                    .requestMatchers(HttpMethod.GET, "/api/v1/monitoring/**")
                    .access(AuthorizationManagers.anyOf(hasAnyAuthority("SCOPE_monitoring.lezen"),
                        hasAnyRole(Rol.ONDERSTEUNINGSTEAM.name(), Rol.STUURGROEP.name(), Rol.MINISTERIE.name(), Rol.EVALUATOR.name())))
                    .requestMatchers(HttpMethod.POST, "/api/v1/kandidaten/import")
                    .hasAuthority("SCOPE_kandidaten.importeren")
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()).authenticationEntryPoint(nietIngelogd))
        .exceptionHandling(e -> e.authenticationEntryPoint(nietIngelogd).accessDeniedHandler(geenToegang))
        .csrf(c -> c.ignoringRequestMatchers(bearer))
        .requestCache(r -> r.disable())
        .headers(headers());
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webKeten(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidcRegistraties,
      PowOidcUserService oidcUserService)
      throws Exception {
    AuthenticationFailureHandler mislukt =
        (request, response, e) -> {
          String code =
              switch (e) {
                case LockedException l -> "geblokkeerd";
                case DisabledException d -> "uitgeschakeld";
                case OAuth2AuthenticationException o -> "oidc";
                default -> "onjuist";
              };
          response.sendRedirect(request.getContextPath() + "/inloggen?fout=" + code);
        };
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/", "/inloggen", "/aanmelden", "/rmt/aanmelden", "/rmt/aanmelden/bedankt", "/over", "/api", "/css/**", "/js/**", "/img/**", "/webjars/**",
                        "/favicon.ico", "/error", "/actuator/health/**", "/swagger-ui/**", "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/beheer/**")
                    .hasRole(Rol.BEHEERDER.name())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/inloggen")
                    .usernameParameter("gebruikersnaam")
                    .passwordParameter("wachtwoord")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(mislukt)
                    .permitAll())
        .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd").deleteCookies("POW_SESSIE"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(headers());
    if (oidcRegistraties.getIfAvailable() != null) {
      http.oauth2Login(
          o ->
              o.loginPage("/inloggen")
                  .userInfoEndpoint(u -> u.oidcUserService(oidcUserService))
                  .defaultSuccessUrl("/", false)
                  .failureHandler(mislukt));
    }
    return http.build();
  }

  private Customizer<HeadersConfigurer<HttpSecurity>> headers() {
    return h -> {
      h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
          .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
          .frameOptions(f -> f.deny())
          .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"));
      if (properties.hsts()) {
        h.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000));
      } else {
        h.httpStrictTransportSecurity(s -> s.disable());
      }
    };
  }
}
