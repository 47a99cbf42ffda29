package nl.perspectiefopwerk.regio;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** De regio-API op de echte database met de echte CBS- en GeoNames-bestanden. */
@PlatformTest
class RegioApiIntegratieTest {

  static final RequestPostProcessor REGIOLOKET = user("regioloket@am25").roles("REGIOLOKET");

  @Autowired MockMvc mvc;

  @Test
  void alle35RegiosMetCentrumgemeente() throws Exception {
    mvc.perform(get("/api/v1/arbeidsmarktregios").with(REGIOLOKET))
        .andExpect(status().isOk())
        .andExpect(header().string("API-Version", "1.0.0"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$._embedded.arbeidsmarktregios", hasSize(35)))
        .andExpect(jsonPath("$.pagina.totaalElementen").value(35))
        .andExpect(jsonPath("$._embedded.arbeidsmarktregios[0].code").value("AM01"))
        .andExpect(jsonPath("$._embedded.arbeidsmarktregios[0].naam").value("Groningen"))
        .andExpect(jsonPath("$._embedded.arbeidsmarktregios[0].centrumgemeente.code").value("GM0014"))
        .andExpect(jsonPath("$._embedded.arbeidsmarktregios[0].centrumgemeente.naam").value("Groningen"))
        .andExpect(jsonPath("$._embedded.arbeidsmarktregios[?(@.code == 'AM04')]").isEmpty())
        .andExpect(jsonPath("$._links.self.href").exists());
  }

  @Test
  void paginerenGeeftLinks() throws Exception {
    mvc.perform(get("/api/v1/arbeidsmarktregios?pagina=2&paginaGrootte=10").with(REGIOLOKET))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$._embedded.arbeidsmarktregios", hasSize(10)))
        .andExpect(jsonPath("$.pagina.totaalPaginas").value(4))
        .andExpect(jsonPath("$._links.prev.href", containsString("pagina=1")))
        .andExpect(jsonPath("$._links.next.href", containsString("pagina=3")))
        .andExpect(jsonPath("$._links.last.href", containsString("pagina=4")));
  }

  @Test
  void eenRegioMetHaarGemeenten() throws Exception {
    mvc.perform(get("/api/v1/arbeidsmarktregios/AM18").with(REGIOLOKET))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("AM18"))
        .andExpect(jsonPath("$.naam").value("Groot Amsterdam"))
        .andExpect(jsonPath("$.centrumgemeente.naam").value("Amsterdam"))
        .andExpect(jsonPath("$.gemeenten", hasSize(8)))
        .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0363')].naam").value("Amsterdam"));
  }

  @Test
  void eenOnbekendeRegioIsEen404Probleem() throws Exception {
    mvc.perform(get("/api/v1/arbeidsmarktregios/AM04").with(REGIOLOKET))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/niet-gevonden"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("Niet gevonden"))
        .andExpect(jsonPath("$.instance").value("/api/v1/arbeidsmarktregios/AM04"));
  }

  @Test
  void eenOngeldigeParameterIsEen400Probleem() throws Exception {
    mvc.perform(get("/api/v1/arbeidsmarktregios/18").with(REGIOLOKET))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/ongeldige-invoer"))
        .andExpect(jsonPath("$.invalidParams[0].name").value("regiocode"));
    mvc.perform(get("/api/v1/arbeidsmarktregios?paginaGrootte=0").with(REGIOLOKET))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].name").value("paginaGrootte"));
    mvc.perform(get("/api/v1/arbeidsmarktregios?pagina=een").with(REGIOLOKET))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].name").value("pagina"));
  }

  @Test
  void eenPostcodegebiedMetCentroideGemeenteEnRegio() throws Exception {
    mvc.perform(get("/api/v1/postcodes/1012").with(REGIOLOKET))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.postcode").value("1012"))
        .andExpect(jsonPath("$.centroide.lat").value(52.3735))
        .andExpect(jsonPath("$.centroide.lon").value(4.8951))
        .andExpect(jsonPath("$.gemeente.code").value("GM0363"))
        .andExpect(jsonPath("$.arbeidsmarktregio.code").value("AM18"));
    mvc.perform(get("/api/v1/postcodes/0999").with(REGIOLOKET)).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/postcodes/1099").with(REGIOLOKET))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/niet-gevonden"));
  }

  @Test
  void zonderInlogEen401ProbleemEnZonderRolEen403Probleem() throws Exception {
    mvc.perform(get("/api/v1/arbeidsmarktregios"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Bearer"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/niet-ingelogd"));
    mvc.perform(get("/api/v1/beheer/organisaties").with(REGIOLOKET))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/geen-toegang"));
  }

  @Test
  void beveiligingsheaders() throws Exception {
    mvc.perform(get("/regios").with(REGIOLOKET))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }

  @Test
  void openApiSpecificatieIsOpenbaar() throws Exception {
    mvc.perform(get("/api/v1/openapi.json"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi", containsString("3.")))
        .andExpect(jsonPath("$.info.title").value("Perspectief op Werk-platform API"))
        .andExpect(jsonPath("$.paths['/api/v1/arbeidsmarktregios']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/postcodes/{postcode}']").exists());
  }
}
