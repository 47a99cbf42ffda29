package nl.perspectiefopwerk.werkgever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Werkgeversprofiel en werkplekken door de web- en API-laag, met de echte ESCO-taxonomie en regio's. */
@PlatformTest
@RecordApplicationEvents
class WerkgeverIntegratieTest {

  private static final RequestPostProcessor WERKGEVER_AM25 = user("werkgever@am25").roles("WERKGEVER");
  private static final RequestPostProcessor WERKGEVER_AM01 = user("werkgever@am01").roles("WERKGEVER");
  private static final RequestPostProcessor REGIOLOKET_AM25 = user("regioloket@am25").roles("REGIOLOKET");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TaxonomieApi taxonomie;
  @Autowired WerkgeverApi api;
  @Autowired ApplicationEvents events;

  // --- werkplek via het formulier ---

  @Test
  void werkgeverMaaktWerkplekViaFormulierMetEssentieleVaardighedenUitEsco() throws Exception {
    String pc = postcodeIn("AM25");
    String locatie = mvc.perform(formulier(post("/werkplekken"), "Magazijnmedewerker dagdienst", "magazijnmedewerker", "24", pc + " AB")
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
    Werkplek w = api.werkplek(new WerkplekId(id)).orElseThrow();
    BeroepDetail beroep = taxonomie.beroep(w.beroepId()).orElseThrow();
    assertThat(w.werkgeverId()).isEqualTo(organisatieVan("werkgever@am25"));
    assertThat(w.regiocode()).isEqualTo("AM25");
    assertThat(w.postcode()).isEqualTo(pc + " AB");
    assertThat(w.status()).isEqualTo(WerkplekStatus.OPEN);
    assertThat(w.vaardigheden()).isNotEmpty().containsExactlyElementsOf(beroep.essentieleVaardigheden().stream().map(Vaardigheid::id).toList());
    assertThat(events.stream(WerkplekOpengesteld.class)).anyMatch(e -> e.werkplek().equals(w.id()));
    assertThat(api.openWerkplekken("AM25")).anyMatch(x -> x.id().equals(w.id()));

    String detail = mvc.perform(get("/werkplekken/" + id).with(WERKGEVER_AM25)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(detail).contains("Magazijnmedewerker dagdienst").contains("lang=\"en\"").contains("name=\"vaardigheden\"");
    mvc.perform(get("/werkplekken").param("status", "OPEN").with(WERKGEVER_AM25))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(id.toString())));
  }

  @Test
  void vaardighedenOphalenToontEssentieleAangevinktEnKeuzeWordtBewaard() throws Exception {
    BeroepDetail beroep = taxonomie.beroep(taxonomie.suggestiesBeroepen("kok", 1).getFirst().item().id()).orElseThrow();
    String html = mvc.perform(formulier(post("/werkplekken"), "Kok", "kok", "32", postcodeIn("AM25") + "AB").param("actie", "ophalen")
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("vaardighedenGetoond").contains(beroep.essentieleVaardigheden().getFirst().naam());
    List<String> gekozen = new ArrayList<>();
    gekozen.add(beroep.essentieleVaardigheden().getFirst().id());
    if (!beroep.optioneleVaardigheden().isEmpty()) gekozen.add(beroep.optioneleVaardigheden().getFirst().id());
    String locatie = mvc.perform(formulier(post("/werkplekken"), "Kok", "kok", "32", postcodeIn("AM25") + "AB")
            .param("vaardighedenGetoond", "true").param("vaardigheden", gekozen.toArray(String[]::new))
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    Werkplek w = api.werkplek(new WerkplekId(UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1)))).orElseThrow();
    assertThat(w.vaardigheden()).containsExactlyElementsOf(gekozen);
  }

  @Test
  void validatiefoutenInHetFormulierStaanInDeSamenvatting() throws Exception {
    String html = mvc.perform(formulier(post("/werkplekken"), "", "xqzxqz onbestaand", "0", "12AB")
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("role=\"alert\"").contains("href=\"#urenPerWeek\"").contains("href=\"#postcode\"").contains("href=\"#beroep\"")
        .contains("We vinden geen beroep met deze naam").contains("Vul een aantal uren per week van 1 tot en met 40 in.");
    String buiten = mvc.perform(formulier(post("/werkplekken"), "Schoonmaker", "schoonmaker", "20", postcodeIn("AM01") + " AB")
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(buiten).contains("buiten de arbeidsmarktregio");
    String formaat = mvc.perform(formulier(post("/werkplekken"), "Kok", "kok", "veel", postcodeIn("AM25") + " AB")
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(formaat).contains("href=\"#urenPerWeek\"").contains("niet het verwachte formaat");
  }

  // --- API ---

  @Test
  void werkgeverMaaktWerkplekViaApiEnZietAlleenDeEigen() throws Exception {
    String body = """
        {"type":"LEERWERKPLEK","titel":"Leerwerkplek productie","beroep":"productiemedewerker","urenPerWeek":32,
         "postcode":"%s CD","startdatum":"%s","aantalPlaatsen":2,"minOpleiding":"MBO1","taal":"Nederlands","rijbewijs":false,
         "jobcarving":true,"aanpassingen":"Rustige werkplek","instrumenten":["JOBCOACHING","NO_RISK_POLIS"]}
        """.formatted(postcodeIn("AM25"), LocalDate.now().plusDays(10));
    JsonNode w = json(mvc.perform(post("/api/v1/werkplekken").contentType(MediaType.APPLICATION_JSON).content(body)
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isCreated()).andExpect(header().exists("Location")).andReturn().getResponse().getContentAsString());
    String id = w.path("id").asString();
    BeroepDetail beroep = taxonomie.beroep(w.path("beroepId").asString()).orElseThrow();
    assertThat(w.path("vaardigheden").size()).isEqualTo(beroep.essentieleVaardigheden().size()).isPositive();
    assertThat(w.path("status").asString()).isEqualTo("OPEN");

    mvc.perform(get("/api/v1/werkplekken/" + id).with(WERKGEVER_AM25)).andExpect(status().isOk())
        .andExpect(jsonPath("$.titel").value("Leerwerkplek productie"));
    JsonNode lijst = json(mvc.perform(get("/api/v1/werkplekken?paginaGrootte=200").with(WERKGEVER_AM25))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    UUID eigen = organisatieVan("werkgever@am25");
    assertThat(lijst.path("_embedded").path("werkplekken").size()).isPositive();
    lijst.path("_embedded").path("werkplekken").forEach(x -> assertThat(x.path("werkgeverId").asString()).isEqualTo(eigen.toString()));

    mvc.perform(get("/api/v1/werkplekken/" + id).with(WERKGEVER_AM01)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/werkplekken/" + id).with(REGIOLOKET_AM25)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/werkplekken").with(user("bemiddelaar@am25").roles("BEMIDDELAAR"))).andExpect(status().isForbidden());
  }

  @Test
  void apiGeeftProbleemMetInvalidParams() throws Exception {
    String body = """
        {"type":"BASISBAAN","titel":"Basisbaan","beroep":"xqzxqz onbestaand","urenPerWeek":0,"postcode":"9999 ZZ",
         "startdatum":"2027-01-01","aantalPlaatsen":1}
        """;
    mvc.perform(post("/api/v1/werkplekken").contentType(MediaType.APPLICATION_JSON).content(body).with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/ongeldige-invoer"))
        .andExpect(jsonPath("$.invalidParams[?(@.name == 'beroep')]").exists())
        .andExpect(jsonPath("$.invalidParams[?(@.name == 'urenPerWeek')]").exists())
        .andExpect(jsonPath("$.invalidParams[?(@.name == 'postcode')]").exists());
    mvc.perform(post("/api/v1/werkplekken").contentType(MediaType.APPLICATION_JSON).content("{\"urenPerWeek\":\"veel\"}")
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("body"));
  }

  // --- status en IDOR ---

  @Test
  void statusovergangenEnEenGeweigerde() throws Exception {
    UUID id = maakViaFormulier(WERKGEVER_AM25, "Verkoopmedewerker", "verkoopmedewerker");
    wijzigStatus(id, "VERVULD", WERKGEVER_AM25);
    assertThat(api.werkplek(new WerkplekId(id)).orElseThrow().status()).isEqualTo(WerkplekStatus.VERVULD);
    mvc.perform(post("/werkplekken/" + id + "/status").param("naar", "GESLOTEN").with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("fout", "werkgever.status.afgewezen"));
    assertThat(api.werkplek(new WerkplekId(id)).orElseThrow().status()).isEqualTo(WerkplekStatus.VERVULD);
    long voor = events.stream(WerkplekOpengesteld.class).count();
    wijzigStatus(id, "OPEN", WERKGEVER_AM25);
    assertThat(events.stream(WerkplekOpengesteld.class).count()).isEqualTo(voor + 1);
    wijzigStatus(id, "GESLOTEN", WERKGEVER_AM25);
    assertThat(api.werkplek(new WerkplekId(id)).orElseThrow().status()).isEqualTo(WerkplekStatus.GESLOTEN);
    wijzigStatus(id, "OPEN", WERKGEVER_AM25);
    assertThat(api.werkplek(new WerkplekId(id)).orElseThrow().status()).isEqualTo(WerkplekStatus.OPEN);
  }

  @Test
  void eenAndereWerkgeverZietOfWijzigtDeWerkplekNietEnAndereRollenKrijgen403() throws Exception {
    UUID id = maakViaFormulier(WERKGEVER_AM25, "Schoonmaker kantoor", "schoonmaker");
    mvc.perform(get("/werkplekken/" + id).with(WERKGEVER_AM01)).andExpect(status().isNotFound());
    mvc.perform(post("/werkplekken/" + id + "/status").param("naar", "GESLOTEN").with(WERKGEVER_AM01).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(formulier(post("/werkplekken/" + id), "Gekaapt", "schoonmaker", "20", postcodeIn("AM25") + " AB").param("versie", "0")
            .with(WERKGEVER_AM01).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/werkplekken/" + id).with(user("regioloket@am01").roles("REGIOLOKET"))).andExpect(status().isNotFound());
    mvc.perform(get("/werkplekken/" + id).with(user("bemiddelaar@am25").roles("BEMIDDELAAR"))).andExpect(status().isForbidden());
    mvc.perform(get("/werkplekken").with(user("consulent@am25").roles("CONSULENT"))).andExpect(status().isForbidden());
    assertThat(api.werkplek(new WerkplekId(id)).orElseThrow().titel()).isEqualTo("Schoonmaker kantoor");
    assertThat(api.werkplek(new WerkplekId(id)).orElseThrow().status()).isEqualTo(WerkplekStatus.OPEN);
  }

  @Test
  void werkgeverWijzigtDeEigenWerkplek() throws Exception {
    UUID id = maakViaFormulier(WERKGEVER_AM25, "Kok keuken", "kok");
    Werkplek w = api.werkplek(new WerkplekId(id)).orElseThrow();
    mvc.perform(formulier(post("/werkplekken/" + id), "Kok keuken (avond)", "kok", "16", w.postcode())
            .param("versie", String.valueOf(w.versie())).param("vaardigheden", w.vaardigheden().getFirst())
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection());
    Werkplek na = api.werkplek(new WerkplekId(id)).orElseThrow();
    assertThat(na.titel()).isEqualTo("Kok keuken (avond)");
    assertThat(na.urenPerWeek()).isEqualTo(16);
    assertThat(na.vaardigheden()).containsExactly(w.vaardigheden().getFirst());
    mvc.perform(formulier(post("/werkplekken/" + id), "Verouderd", "kok", "16", w.postcode())
            .param("versie", String.valueOf(w.versie())).with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isConflict());
  }

  // --- regioloket ---

  @Test
  void regioloketMaaktWerkplekNamensEenWerkgeverUitDeRegio() throws Exception {
    UUID werkgever = werkgeverInRegio("AM25", 1);
    String nieuw = mvc.perform(get("/werkplekken/nieuw").with(REGIOLOKET_AM25)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(nieuw).contains("name=\"werkgeverId\"").contains(werkgever.toString());
    String locatie = mvc.perform(formulier(post("/werkplekken"), "Proefplaats winkel", "verkoopmedewerker", "20", postcodeIn("AM25") + " EF")
            .param("werkgeverId", werkgever.toString()).with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    Werkplek w = api.werkplek(new WerkplekId(UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1)))).orElseThrow();
    assertThat(w.werkgeverId()).isEqualTo(werkgever);
    // een werkgever buiten de regio kan het loket niet kiezen
    String fout = mvc.perform(formulier(post("/werkplekken"), "Elders", "kok", "20", postcodeIn("AM25") + " EF")
            .param("werkgeverId", werkgeverInRegio("AM01", 0).toString()).with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(fout).contains("href=\"#werkgeverId\"");
    mvc.perform(get("/werkplekken").with(REGIOLOKET_AM25)).andExpect(status().isOk());
  }

  // --- profiel ---

  @Test
  void profielOpslaanEnVerouderdFormulierGeeftDuidelijkeMelding() throws Exception {
    UUID org = organisatieVan("werkgever@am25");
    int versie = api.profiel(org).orElseThrow().versie();
    mvc.perform(get("/werkgever/profiel").with(WERKGEVER_AM25)).andExpect(status().isOk());
    mvc.perform(profiel(versie, "12345678", "Logistiek").with(WERKGEVER_AM25).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(api.profiel(org).orElseThrow().kvkNummer()).isEqualTo("12345678");
    assertThat(api.profiel(org).orElseThrow().versie()).isEqualTo(versie + 1);
    String html = mvc.perform(profiel(versie, "87654321", "Horeca").with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("Iemand anders heeft dit profiel intussen gewijzigd");
    assertThat(api.profiel(org).orElseThrow().kvkNummer()).isEqualTo("12345678");
    String ongeldig = mvc.perform(profiel(versie + 1, "1234", "Horeca").with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(ongeldig).contains("href=\"#kvkNummer\"");
    mvc.perform(get("/werkgever/profiel").with(REGIOLOKET_AM25)).andExpect(status().isForbidden());
  }

  @Test
  void demodataGeeftElkeWerkgeverEenProfielEnWerkplekken() {
    long zonderProfiel = jdbc.sql(
            "select count(*) from toegang.organisatie o where o.type = 'WERKGEVER' and not exists "
                + "(select 1 from werkgever.profiel p where p.organisatie_id = o.id)")
        .query(Long.class).single();
    assertThat(zonderProfiel).isZero();
    assertThat(api.openWerkplekken("AM01")).isNotEmpty();
  }

  // --- hulp ---

  private MockHttpServletRequestBuilder formulier(MockHttpServletRequestBuilder b, String titel, String beroep, String uren, String postcode) {
    return b.param("type", "REGULIERE_BAAN").param("titel", titel).param("beroep", beroep).param("urenPerWeek", uren)
        .param("postcode", postcode).param("startdatum", LocalDate.now().plusWeeks(2).toString()).param("aantalPlaatsen", "1")
        .param("taal", "Nederlands").param("instrumenten", "JOBCOACHING");
  }

  private MockHttpServletRequestBuilder profiel(int versie, String kvk, String sector) {
    return post("/werkgever/profiel").param("versie", String.valueOf(versie)).param("kvkNummer", kvk).param("sector", sector)
        .param("contactNaam", "Test Contact").param("contactEmail", "test@voorbeeld.nl").param("contactTelefoon", "0101234567")
        .param("erkendLeerbedrijf", "true").param("begeleidingscapaciteit", "3");
  }

  private UUID maakViaFormulier(RequestPostProcessor wie, String titel, String beroep) throws Exception {
    String locatie = mvc.perform(formulier(post("/werkplekken"), titel, beroep, "24", postcodeIn("AM25") + " AB").with(wie).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    return UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
  }

  private void wijzigStatus(UUID id, String naar, RequestPostProcessor wie) throws Exception {
    mvc.perform(post("/werkplekken/" + id + "/status").param("naar", naar).with(wie).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("melding", "werkgever.status.gewijzigd"));
  }

  private String postcodeIn(String regio) {
    return jdbc.sql("select pc4 from regio.postcode where regiocode = ? order by pc4 limit 1").param(regio).query(String.class).single();
  }

  private UUID organisatieVan(String gebruikersnaam) {
    return jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(UUID.class).single();
  }

  private UUID werkgeverInRegio(String regio, int index) {
    return jdbc.sql(
            """
            select o.id from toegang.organisatie o join toegang.organisatie_regio r on r.organisatie_id = o.id
            where o.type = 'WERKGEVER' and r.regiocode = ? order by o.naam offset ? limit 1
            """)
        .params(regio, index).query(UUID.class).single();
  }

  private static JsonNode json(String s) {
    return JsonMapper.builder().build().readTree(s);
  }
}
