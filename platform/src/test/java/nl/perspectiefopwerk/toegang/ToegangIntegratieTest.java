package nl.perspectiefopwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.List;
import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** Inloggen, sessies, CSRF, inlogbeperking, client credentials en de demo-accounts. */
@PlatformTest
class ToegangIntegratieTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void elkeRolHeeftPerRegioEenDemoAccount() {
    List<String> regios = jdbc.sql("select lower(code) from regio.arbeidsmarktregio").query(String.class).list();
    assertThat(regios).hasSize(35);
    List<String> namen = jdbc.sql("select gebruikersnaam from toegang.gebruiker where demo").query(String.class).list();
    for (String regio : regios) {
      for (String rol : List.of("regioloket", "werkgever", "consulent-gemeente", "consulent-uwv", "coordinator", "bemiddelaar", "jobcoach", "onderwijs", "kandidaat")) {
        assertThat(namen).contains(rol + "@" + regio);
      }
    }
    assertThat(namen).contains("ondersteuningsteam@nl", "stuurgroep@nl", "ministerie@nl", "evaluator@nl", "beheerder@nl");
    assertThat(namen).hasSize(35 * 9 + 5);
  }

  @Test
  void demoAccountsHebbenDeJuisteRolEnOrganisatie() {
    var rij = jdbc.sql(
            """
            select g.rol, o.type, r.regiocode from toegang.gebruiker g join toegang.organisatie o on o.id = g.organisatie_id
            join toegang.organisatie_regio r on r.organisatie_id = o.id where g.gebruikersnaam = 'consulent-uwv@am25'
            """)
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    assertThat(rij).containsExactly("CONSULENT", "UWV", "AM25");
    assertThat(jdbc.sql("select count(*) from toegang.organisatie o join toegang.organisatie_regio r on r.organisatie_id = o.id where r.regiocode = 'AM25' and o.type = 'GEMEENTE'")
        .query(Long.class).single()).isEqualTo(14);
  }

  @Test
  void inloggenMetHetJuisteWachtwoordEnNieuweSessie() throws Exception {
    MockHttpSession sessie = new MockHttpSession();
    String oudeId = sessie.getId();
    MvcResult r = mvc.perform(formLogin("/inloggen").user("gebruikersnaam", "werkgever@am25").password("wachtwoord", "demo"))
        .andExpect(authenticated().withUsername("werkgever@am25").withRoles("WERKGEVER"))
        .andExpect(redirectedUrl("/"))
        .andReturn();
    assertThat(r.getRequest().getSession().getId()).as("sessie-id wisselt na inloggen (session fixation)").isNotEqualTo(oudeId);
  }

  @Test
  void eenFoutWachtwoordGeeftEenNederlandseMelding() throws Exception {
    mvc.perform(formLogin("/inloggen").user("gebruikersnaam", "bemiddelaar@am01").password("wachtwoord", "fout"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/inloggen?fout=onjuist"));
    mvc.perform(get("/inloggen?fout=onjuist"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("De gebruikersnaam of het wachtwoord klopt niet")));
  }

  @Test
  void naVijfMisluktePogingenIsHetAccountTijdelijkGeblokkeerd() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/inloggen").user("gebruikersnaam", "jobcoach@am02").password("wachtwoord", "fout" + i))
          .andExpect(redirectedUrl("/inloggen?fout=onjuist"));
    }
    mvc.perform(formLogin("/inloggen").user("gebruikersnaam", "jobcoach@am02").password("wachtwoord", "demo"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/inloggen?fout=geblokkeerd"));
  }

  @Test
  void eenFormulierZonderCsrfTokenWordtGeweigerd() throws Exception {
    mvc.perform(post("/beheer/referentiedata/import").with(user("beheerder@nl").roles("BEHEERDER")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/inloggen").param("gebruikersnaam", "werkgever@am25").param("wachtwoord", "demo"))
        .andExpect(status().isForbidden());
  }

  @Test
  void uitloggenBeeindigtDeSessie() throws Exception {
    mvc.perform(post("/uitloggen").with(user("werkgever@am25").roles("WERKGEVER")).with(csrf()))
        .andExpect(redirectedUrl("/?uitgelogd"));
  }

  @Test
  void paginasPerRolEnAfgeschermdBeheer() throws Exception {
    mvc.perform(get("/").with(user("coordinator@am25").roles("REGIOCOORDINATOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Welkom, Demo Regiocoördinator West-Brabant")))
        .andExpect(content().string(containsString("West-Brabant (AM25)")));
    mvc.perform(get("/beheer/gebruikers").with(user("regioloket@am25").roles("REGIOLOKET")))
        .andExpect(status().isForbidden()); // de Nederlandse 403-pagina zelf test de browsertest
    mvc.perform(get("/regios")).andExpect(status().is3xxRedirection());
  }

  @Test
  void eenSysteemkoppelingKrijgtMetClientCredentialsEenToken() throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString("demo-koppeling:demo-geheim".getBytes());
    String antwoord = mvc.perform(post("/oauth2/token").header("Authorization", basic)
            .param("grant_type", "client_credentials").param("scope", "referentiedata.lezen"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.token_type").value("Bearer"))
        .andReturn().getResponse().getContentAsString();
    String token = JsonMapper.builder().build().readTree(antwoord).get("access_token").asString();

    mvc.perform(get("/api/v1/postcodes/4811").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.arbeidsmarktregio.code").value("AM25"));
    mvc.perform(get("/api/v1/beheer/organisaties").header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/postcodes/4811").header("Authorization", "Bearer " + token.substring(0, token.length() - 12) + "AAAAAAAAAAAA"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/niet-ingelogd"));
  }

  @Test
  void eenVerkeerdClientGeheimKrijgtGeenToken() throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString("demo-koppeling:fout".getBytes());
    mvc.perform(post("/oauth2/token").header("Authorization", basic).param("grant_type", "client_credentials"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("invalid_client"));
  }
}
