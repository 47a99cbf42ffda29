package nl.perspectiefopwerk.kandidaat.zoekopdracht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bewaarde zoekopdrachten: bewaren, nieuwe profielen tellen, openen (dan is niets meer nieuw), melding op
 * de startpagina, en alleen de eigenaar ziet, opent of verwijdert een zoekopdracht. Elke test gebruikt een
 * eigen account, zodat tellingen niet door andere tests veranderen.
 */
@PlatformTest
class ZoekopdrachtIntegratieTest {

  static final RequestPostProcessor WERKGEVER_25 = user("werkgever@am25").roles("WERKGEVER");
  static final RequestPostProcessor BEMIDDELAAR_25 = user("bemiddelaar@am25").roles("BEMIDDELAAR");
  static final RequestPostProcessor REGIOLOKET_25 = user("regioloket@am25").roles("REGIOLOKET");
  static final RequestPostProcessor WERKGEVER_01 = user("werkgever@am01").roles("WERKGEVER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void eenNieuwPassendProfielGeeftEenMeldingTotDeZoekopdrachtIsGeopend() throws Exception {
    String naam = "Alles in AM25 " + UUID.randomUUID();
    mvc.perform(post("/bestand/zoekopdrachten").with(WERKGEVER_25).with(csrf()).param("naam", naam).param("sortering", "RECENT"))
        .andExpect(redirectedUrl("/bestand/zoekopdrachten"));
    UUID id = zoekopdracht(naam);
    assertThat(jdbc.sql("select cardinality(bekende_codes) from kandidaat.zoekopdracht where id = ?").param(id).query(Integer.class).single())
        .as("wat bij het bewaren al zichtbaar is, telt als bekend").isPositive();
    assertThat(html(get("/bestand/zoekopdrachten").with(WERKGEVER_25))).contains(naam, "geen nieuwe profielen");
    assertThat(html(get("/").with(WERKGEVER_25))).doesNotContain("id=\"nieuwe-profielen\"");

    // Een profiel dat bij het bewaren nog niet bekend was (de demodata heeft geen kandidaat die alleen op
    // toestemming wacht, dus we laten de zoekopdracht één bekende code vergeten).
    String code = jdbc.sql("select bekende_codes[1] from kandidaat.zoekopdracht where id = ?").param(id).query(String.class).single();
    jdbc.sql("update kandidaat.zoekopdracht set bekende_codes = array_remove(bekende_codes, ?) where id = ?").params(code, id).update();
    try {
      String lijst = html(get("/bestand/zoekopdrachten").with(WERKGEVER_25));
      assertThat(lijst).contains(naam).contains("1 nieuw profiel").doesNotContain("geen nieuwe profielen");
      assertThat(html(get("/").with(WERKGEVER_25))).contains("id=\"nieuwe-profielen\"", "nieuw profiel");

      // Openen: naar /bestand met de filters; daarna is het nieuwe profiel bekend.
      mvc.perform(post("/bestand/zoekopdrachten/" + id + "/openen").with(WERKGEVER_25).with(csrf()))
          .andExpect(redirectedUrl("/bestand?sortering=RECENT"));
      assertThat(jdbc.sql("select ? = any(bekende_codes) from kandidaat.zoekopdracht where id = ?").params(code, id)
          .query(Boolean.class).single()).isTrue();
      assertThat(html(get("/bestand/zoekopdrachten").with(WERKGEVER_25))).contains("geen nieuwe profielen");
      assertThat(html(get("/").with(WERKGEVER_25))).doesNotContain("id=\"nieuwe-profielen\"");
    } finally {
      mvc.perform(post("/bestand/zoekopdrachten/" + id + "/verwijderen").with(WERKGEVER_25).with(csrf()));
    }
  }

  @Test
  void bewaardWordenAlleenFiltersEnProfielcodesEnOpenenHerhaaltDeZoekopdracht() throws Exception {
    String naam = "Magazijn " + UUID.randomUUID();
    mvc.perform(post("/bestand/zoekopdrachten").with(BEMIDDELAAR_25).with(csrf()).param("naam", naam)
            .param("beroep", "magazijnmedewerker").param("werkvorm", "REGULIER").param("minUren", "24").param("postcode", "4811")
            .param("afstandKm", "25").param("sortering", "AFSTAND"))
        .andExpect(redirectedUrl("/bestand/zoekopdrachten"));
    UUID id = zoekopdracht(naam);
    String codes = jdbc.sql("select array_to_string(bekende_codes, ',') from kandidaat.zoekopdracht where id = ?").param(id)
        .query(String.class).single();
    for (String c : codes.isEmpty() ? new String[0] : codes.split(",")) {
      assertThat(jdbc.sql("select count(*) from kandidaat.kandidaat where id::text = ?").param(c).query(Long.class).single()).isZero();
    }
    mvc.perform(post("/bestand/zoekopdrachten/" + id + "/openen").with(BEMIDDELAAR_25).with(csrf()))
        .andExpect(redirectedUrl("/bestand?beroep=magazijnmedewerker&werkvorm=REGULIER&minUren=24&postcode=4811&afstandKm=25&sortering=AFSTAND"));
    mvc.perform(post("/bestand/zoekopdrachten/" + id + "/verwijderen").with(BEMIDDELAAR_25).with(csrf()))
        .andExpect(redirectedUrl("/bestand/zoekopdrachten"));
    assertThat(jdbc.sql("select count(*) from kandidaat.zoekopdracht where id = ?").param(id).query(Long.class).single()).isZero();
  }

  @Test
  void alleenDeEigenaarZietOpentOfVerwijdertEenZoekopdracht() throws Exception {
    String naam = "Van het regioloket " + UUID.randomUUID();
    mvc.perform(post("/bestand/zoekopdrachten").with(REGIOLOKET_25).with(csrf()).param("naam", naam))
        .andExpect(redirectedUrl("/bestand/zoekopdrachten"));
    UUID id = zoekopdracht(naam);
    for (RequestPostProcessor ander : new RequestPostProcessor[] {WERKGEVER_25, WERKGEVER_01}) {
      assertThat(html(get("/bestand/zoekopdrachten").with(ander))).doesNotContain(naam, id.toString());
      mvc.perform(post("/bestand/zoekopdrachten/" + id + "/openen").with(ander).with(csrf())).andExpect(status().isNotFound());
      mvc.perform(post("/bestand/zoekopdrachten/" + id + "/verwijderen").with(ander).with(csrf())).andExpect(status().isNotFound());
    }
    mvc.perform(post("/bestand/zoekopdrachten/" + UUID.randomUUID() + "/verwijderen").with(REGIOLOKET_25).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(html(get("/bestand/zoekopdrachten").with(REGIOLOKET_25))).contains(naam);
    // Andere rollen komen er niet bij.
    mvc.perform(get("/bestand/zoekopdrachten").with(user("consulent-gemeente@am25").roles("CONSULENT"))).andExpect(status().isForbidden());
    mvc.perform(get("/bestand/zoekopdrachten").with(user("kandidaat@am25").roles("KANDIDAAT"))).andExpect(status().isForbidden());
  }

  @Test
  void zonderNaamWordtNietsBewaardEnZiedeGebruikerWaarom() throws Exception {
    long voor = jdbc.sql("select count(*) from kandidaat.zoekopdracht where gebruikersnaam = 'werkgever@am01'").query(Long.class).single();
    mvc.perform(post("/bestand/zoekopdrachten").with(WERKGEVER_01).with(csrf()).param("naam", " ").param("minUren", "16"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/bestand?minUren=16&sortering=RECENT#zoekopdracht-bewaren"));
    assertThat(jdbc.sql("select count(*) from kandidaat.zoekopdracht where gebruikersnaam = 'werkgever@am01'").query(Long.class).single())
        .isEqualTo(voor);
    assertThat(html(get("/bestand").with(WERKGEVER_01))).contains("id=\"zoekopdracht-bewaren\"", "name=\"_csrf\"");
  }

  private UUID zoekopdracht(String naam) {
    return jdbc.sql("select id from kandidaat.zoekopdracht where naam = ?").param(naam).query(UUID.class).single();
  }

  private String html(MockHttpServletRequestBuilder verzoek) throws Exception {
    return mvc.perform(verzoek).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
