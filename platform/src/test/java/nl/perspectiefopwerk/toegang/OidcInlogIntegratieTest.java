package nl.perspectiefopwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Inloggen via de identity provider van een organisatie (OIDC, authorization code flow) tegen een
 * echte lokale OIDC-server (mock-oauth2-server): discovery, redirect, code, tokens, id-token-controle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OidcInlogIntegratieTest {

  static final MockOAuth2Server IDP = new MockOAuth2Server();

  static {
    IDP.start();
  }

  @LocalServerPort int poort;

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry r) {
    String registratie = "spring.security.oauth2.client.registration.organisatie.";
    r.add(registratie + "client-id", () -> "pow");
    r.add(registratie + "client-secret", () -> "geheim");
    r.add(registratie + "client-name", () -> "Test-IdP");
    r.add(registratie + "scope", () -> "openid,profile,email");
    r.add(registratie + "authorization-grant-type", () -> "authorization_code");
    r.add(registratie + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    r.add("spring.security.oauth2.client.provider.organisatie.issuer-uri", () -> IDP.issuerUrl("idp").toString());
  }

  @AfterAll
  static void stop() {
    IDP.shutdown();
  }

  @Test
  void eenBekendeMedewerkerKomtBinnenMetRolEnRegioUitHetPlatform() throws Exception {
    IDP.enqueueCallback(token("medewerker-123", Map.of("email", "regioloket@am25", "name", "Iemand van de IdP")));
    Browser b = new Browser();
    HttpResponse<String> eind = b.volgInlog("http://localhost:" + poort + "/oauth2/authorization/organisatie");
    assertThat(eind.uri().getPath()).isEqualTo("/");
    assertThat(eind.body()).contains("Welkom, Demo Regioloket West-Brabant").contains("West-Brabant (AM25)");
  }

  @Test
  void eenOnbekendePersoonKomtNietBinnen() throws Exception {
    IDP.enqueueCallback(token("vreemde-456", Map.of("email", "niemand@example.org")));
    Browser b = new Browser();
    HttpResponse<String> eind = b.volgInlog("http://localhost:" + poort + "/oauth2/authorization/organisatie");
    assertThat(eind.uri().toString()).endsWith("/inloggen?fout=oidc");
    assertThat(eind.body()).contains("u heeft nog geen account in dit platform");
    HttpResponse<String> start = b.get("http://localhost:" + poort + "/");
    assertThat(start.body()).doesNotContain("Welkom,");
  }

  @Test
  void deInlogpaginaToontDeKnopVoorDeOrganisatie() throws Exception {
    HttpResponse<String> pagina = new Browser().get("http://localhost:" + poort + "/inloggen");
    assertThat(pagina.body()).contains("Inloggen met Test-IdP").contains("/oauth2/authorization/organisatie");
  }

  private static DefaultOAuth2TokenCallback token(String subject, Map<String, Object> claims) {
    return new DefaultOAuth2TokenCallback("idp", subject, "JWT", List.of("pow"), claims, 3600);
  }

  /** Een minimale browser: cookies bewaren en redirects zelf volgen, over beide servers heen. */
  static final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String url) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> volgInlog(String start) throws Exception {
      HttpResponse<String> r = get(start);
      for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
        URI volgende = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
        r = get(volgende.toString());
      }
      assertThat(r.statusCode()).isEqualTo(200);
      return r;
    }
  }
}
