package nl.perspectiefopwerk.werkgever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.kandidaat.BestandAfgeschermdException;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Het werkgeversservicepunt (het regioloket) in regio AM09: een nieuwe werkgever zoekt pas na screening in het
 * bestand, via pagina, API en bemiddelingsroute gelijk; een bemiddelaar alleen als hij gekoppeld is.
 */
@PlatformTest
class WspIntegratieTest {

  private static final RequestPostProcessor REGIOLOKET = user("regioloket@am09").roles("REGIOLOKET");
  private static final RequestPostProcessor REGIOLOKET_AM01 = user("regioloket@am01").roles("REGIOLOKET");
  private static final RequestPostProcessor BEMIDDELAAR = user("bemiddelaar@am09").roles("BEMIDDELAAR");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ToegangApi toegang;
  @Autowired WerkgeverService werkgevers;
  @Autowired WspService wsp;
  @Autowired KandidaatApi kandidaten;
  @Autowired AuditApi audit;

  @Test
  void eenNieuweWerkgeverZoektPasNaScreening() throws Exception {
    Nieuw w = nieuweWerkgever(true);
    RequestPostProcessor ik = user(w.gebruikersnaam()).roles("WERKGEVER");

    String pagina = mvc.perform(get("/bestand").with(ik)).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    assertThat(pagina).contains("nog niet gescreend door het werkgeversservicepunt");
    mvc.perform(get("/api/v1/profielen").with(ik)).andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/geen-toegang"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nog niet gescreend")));
    mvc.perform(get("/belangstelling/nieuw?profiel=P-IETS").with(ik)).andExpect(status().isForbidden());
    assertThatThrownBy(() -> kandidaten.kandidaatVoorProfielcode(w.gebruiker(), "P-IETS")).isInstanceOf(BestandAfgeschermdException.class);
    assertThat(mvc.perform(get("/werkgever/profiel").with(ik)).andReturn().getResponse().getContentAsString()).contains("id=\"screening\"");

    // het WSP ziet de werkgever, kan namens hem een werkplek invoeren, en wijst eerst af (toelichting verplicht)
    assertThat(html(REGIOLOKET, "/wsp")).contains(w.organisatie().naam()).contains("/werkplekken/nieuw?werkgever=" + w.id());
    assertThat(html(REGIOLOKET, "/werkplekken/nieuw?werkgever=" + w.id())).containsPattern("value=\"" + w.id() + "\"[^>]*selected");
    mvc.perform(post("/wsp/werkgevers/" + w.id() + "/screening").with(REGIOLOKET).with(csrf()).param("screening", "AFGEWEZEN")
            .param("versie", "0"))
        .andExpect(flash().attribute("fout", "werkgever.screening.toelichtingVerplicht"));
    mvc.perform(post("/wsp/werkgevers/" + w.id() + "/screening").with(REGIOLOKET).with(csrf()).param("screening", "AFGEWEZEN")
            .param("toelichting", "KvK-nummer hoort bij een ander bedrijf").param("versie", "0"))
        .andExpect(flash().attribute("melding", "werkgever.screening.vastgelegd"));
    assertThat(mvc.perform(get("/bestand").with(ik)).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
        .contains("niet goedgekeurd");
    mvc.perform(post("/wsp/werkgevers/" + w.id() + "/screening").with(REGIOLOKET).with(csrf()).param("screening", "GESCREEND")
            .param("versie", "0"))
        .andExpect(flash().attribute("fout", "werkgever.screening.gelijktijdig"));
    mvc.perform(put("/api/v1/werkgevers/" + w.id() + "/screening").with(REGIOLOKET_AM01).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"status\":\"GESCREEND\",\"versie\":1}")).andExpect(status().isNotFound());
    mvc.perform(put("/api/v1/werkgevers/" + w.id() + "/screening").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"GESCREEND\",\"toelichting\":\"KvK gecontroleerd in het Handelsregister\",\"versie\":1}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GESCREEND")).andExpect(jsonPath("$.door").value("regioloket@am09"));

    mvc.perform(get("/bestand").with(ik)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/profielen").with(ik)).andExpect(status().isOk());
    assertThat(audit.voorBetrokkene("werkgever", w.id().toString()))
        .filteredOn(v -> v.verwerkingsactiviteit().equals("werkgeversservicepunt")).hasSize(2)
        .allSatisfy(v -> assertThat(v.gebruiker()).isEqualTo("regioloket@am09"));
    mvc.perform(put("/api/v1/werkgevers/" + w.id() + "/screening").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"NIET_GESCREEND\",\"versie\":2}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("screening"));
  }

  @Test
  void zonderProfielKanHetWspNietScreenenEnAndereRollenKomenErNietBij() throws Exception {
    Nieuw w = nieuweWerkgever(false);
    assertThat(wsp.werkgever(regioloket(), w.id()).heeftProfiel()).isFalse();
    mvc.perform(put("/api/v1/werkgevers/" + w.id() + "/screening").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"GESCREEND\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].reason").value(org.hamcrest.Matchers.containsString("nog geen profiel")));
    mvc.perform(get("/wsp").with(user(w.gebruikersnaam()).roles("WERKGEVER"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/werkgevers").with(BEMIDDELAAR)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/werkgevers").with(REGIOLOKET)).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.organisatieId == '" + w.id() + "')].status").value("NIET_GESCREEND"));
  }

  @Test
  void eenBemiddelaarZoektAlleenAlsHijAanHetWspGekoppeldIs() throws Exception {
    UUID bemiddelaar = jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = 'bemiddelaar@am09'").query(UUID.class).single();
    mvc.perform(get("/api/v1/profielen").with(BEMIDDELAAR)).andExpect(status().isOk());
    mvc.perform(delete("/api/v1/bemiddelaars/" + bemiddelaar + "/wsp-koppeling").with(REGIOLOKET).with(csrf())).andExpect(status().isNoContent());
    try {
      mvc.perform(get("/api/v1/profielen").with(BEMIDDELAAR)).andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nog niet gekoppeld")));
      assertThat(html(REGIOLOKET, "/wsp")).contains("bemiddelaar-" + bemiddelaar);
    } finally {
      mvc.perform(put("/api/v1/bemiddelaars/" + bemiddelaar + "/wsp-koppeling").with(REGIOLOKET).with(csrf())).andExpect(status().isNoContent());
    }
    mvc.perform(get("/api/v1/profielen").with(BEMIDDELAAR)).andExpect(status().isOk());
    mvc.perform(post("/wsp/bemiddelaars/" + bemiddelaar + "/koppeling").with(REGIOLOKET).with(csrf()).param("koppelen", "true"))
        .andExpect(flash().attribute("melding", "werkgever.wsp.gekoppeld"));
    mvc.perform(get("/api/v1/bemiddelaars").with(REGIOLOKET)).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.organisatieId == '" + bemiddelaar + "')].gekoppeld").value(true));
    assertThat(audit.voorBetrokkene("bemiddelaar", bemiddelaar.toString())).hasSizeGreaterThanOrEqualTo(2);
  }

  // --- hulp ---

  record Nieuw(Organisatie organisatie, String gebruikersnaam, HuidigeGebruiker gebruiker) {
    UUID id() {
      return organisatie.id().waarde();
    }
  }

  /** Een nieuwe werkgever in AM09 met een eigen account (en desgewenst een profiel met KvK-nummer). */
  private Nieuw nieuweWerkgever(boolean metProfiel) {
    String kenmerk = UUID.randomUUID().toString().substring(0, 8);
    Organisatie o = toegang.zorgVoorOrganisatie("Testbedrijf Screening " + kenmerk, OrganisatieType.WERKGEVER, null, List.of("AM09"), false);
    String naam = "werkgever-" + kenmerk + "@am09";
    jdbc.sql("insert into toegang.gebruiker (id, gebruikersnaam, naam, email, wachtwoord_hash, rol, organisatie_id, regiocode, demo) "
            + "values (?, ?, ?, null, 'x', 'WERKGEVER', ?, null, false)")
        .params(UUID.randomUUID(), naam, "Test " + kenmerk, o.id().waarde()).update();
    HuidigeGebruiker g = new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), naam, naam, Rol.WERKGEVER, o.id(), o.naam(),
        OrganisatieType.WERKGEVER, List.of("AM09"));
    if (metProfiel) {
      assertThat(werkgevers.bewaarProfiel(g, new ProfielGegevens("12345678", "Bouw", "Jan Test", "jan@voorbeeld.invalid", null, false, 1),
          null)).isInstanceOf(Uitkomst.Gelukt.class);
    }
    return new Nieuw(o, naam, g);
  }

  private HuidigeGebruiker regioloket() {
    UUID org = jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = 'regioloket@am09'").query(UUID.class).single();
    return new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), "regioloket@am09", "Regioloket", Rol.REGIOLOKET,
        new nl.perspectiefopwerk.toegang.OrganisatieId(org), "Regioloket", OrganisatieType.REGIOLOKET, List.of("AM09"));
  }

  private String html(RequestPostProcessor wie, String pad) throws Exception {
    return mvc.perform(get(pad).with(wie)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
