package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plaatsing, nazorg, belangstelling, matchingevents en cijfers via API en pagina's in regio AM06: alleen uit een
 * match, elke verboden overgang afgewezen met een stabiel probleem, versies bewaakt, en wie wat ziet.
 */
@PlatformTest
class RouteApiIntegratieTest {

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  private static final RequestPostProcessor REGIOLOKET = user("regioloket@am06").roles("REGIOLOKET");
  private static final RequestPostProcessor JOBCOACH = user("jobcoach@am06").roles("JOBCOACH");
  private static final RequestPostProcessor CONSULENT = user("consulent-gemeente@am06").roles("CONSULENT");
  private static final RequestPostProcessor WERKGEVER = user("werkgever@am06").roles("WERKGEVER");
  private static final RequestPostProcessor BEMIDDELAAR = user("bemiddelaar@am06").roles("BEMIDDELAAR");
  private static final RequestPostProcessor COORDINATOR = user("coordinator@am06").roles("REGIOCOORDINATOR");
  private static final RequestPostProcessor REGIOLOKET_AM07 = user("regioloket@am07").roles("REGIOLOKET");
  private static final RequestPostProcessor JOBCOACH_AM07 = user("jobcoach@am07").roles("JOBCOACH");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired KandidaatApi kandidaten;
  @Autowired WerkgeverApi werkgevers;
  @Autowired BemiddelingService bemiddeling;
  @Autowired PlaatsingService plaatsingen;

  final JsonMapper json = JsonMapper.builder().build();
  RouteFixture route;

  @BeforeEach
  void regio() {
    route = new RouteFixture("AM06", jdbc, kandidaten, werkgevers, bemiddeling);
  }

  @Test
  void eenPlaatsingKanAlleenUitEenMatchEnMaarEenKeer() throws Exception {
    for (BelangstellingStatus s : EnumSet.complementOf(EnumSet.of(BelangstellingStatus.MATCH))) {
      BelangstellingId id = route.inStatus(s);
      mvc.perform(post("/api/v1/plaatsingen").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
              .content(nieuwePlaatsing(id, LocalDate.now(TIJDZONE))))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/ongeldige-invoer"))
          .andExpect(jsonPath("$.invalidParams[0].name").value("status"));
    }
    BelangstellingId match = route.inStatus(BelangstellingStatus.MATCH);
    mvc.perform(post("/api/v1/plaatsingen").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(nieuwePlaatsing(match, LocalDate.now(TIJDZONE))))
        .andExpect(status().isCreated())
        .andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.plaatsing.status").value("GESTART"))
        .andExpect(jsonPath("$.nazorg.length()").value(3));
    mvc.perform(post("/api/v1/plaatsingen").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(nieuwePlaatsing(match, LocalDate.now(TIJDZONE))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].reason").value("Voor deze match is al een plaatsing vastgelegd."));
  }

  @Test
  void ongeldigeGegevensGevenPerVeldEenMelding() throws Exception {
    BelangstellingId match = route.inStatus(BelangstellingStatus.MATCH);
    String body = "{\"belangstelling\":\"" + match + "\",\"gegevens\":{\"startdatum\":\"" + LocalDate.now(TIJDZONE).plusYears(2)
        + "\",\"werkplektype\":\"BASISBAAN\",\"urenPerWeek\":60}}";
    String antwoord = mvc.perform(post("/api/v1/plaatsingen").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(antwoord).contains("startdatum").contains("contractvorm").contains("urenPerWeek");
  }

  @Test
  void nazorgOpVolgordeMetVersieTotDuurzaamEnDaarnaNietsMeer() throws Exception {
    UUID id = plaatsingViaApi(LocalDate.now(TIJDZONE).minusMonths(7));
    mvc.perform(contact(id, 3, "IN_WERK", 0)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].reason").value("Leg eerst de eerdere contacten vast."));
    mvc.perform(contact(id, 1, "IN_WERK", 0)).andExpect(status().isOk()).andExpect(jsonPath("$.nazorg[0].status").value("IN_WERK"));
    mvc.perform(contact(id, 3, "IN_WERK", 0)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://perspectiefopwerk.nl/problemen/conflict"));
    mvc.perform(contact(id, 3, "UITGEVALLEN", 1)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].name").value("reden"));
    mvc.perform(contact(id, 3, "IN_WERK", 1)).andExpect(status().isOk());
    mvc.perform(contact(id, 6, "IN_WERK", 2)).andExpect(status().isOk()).andExpect(jsonPath("$.plaatsing.status").value("DUURZAAM"));
    mvc.perform(contact(id, 6, "UITGEVALLEN", 3)).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.invalidParams[0].reason").value("De nazorg van deze plaatsing is afgerond."));
    mvc.perform(post("/api/v1/plaatsingen/" + id + "/beeindiging").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reden\":\"Weg\",\"terugInBestand\":false,\"versie\":3}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("status"));
  }

  @Test
  void beeindigingBuitenEenContactOmEnDeServiceBewaaktDeVersie() throws Exception {
    UUID id = plaatsingViaApi(LocalDate.now(TIJDZONE).minusWeeks(2));
    PlaatsingId p = new PlaatsingId(id);
    assertThatThrownBy(() -> plaatsingen.beeindig(route.regioloket(), p, "Weg", true, 7)).isInstanceOf(GelijktijdigGewijzigdException.class);
    mvc.perform(post("/api/v1/plaatsingen/" + id + "/beeindiging").with(CONSULENT).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reden\":\"Contract niet verlengd\",\"terugInBestand\":true,\"versie\":0}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.plaatsing.status").value("BEEINDIGD"))
        .andExpect(jsonPath("$.nazorg[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("VERVALLEN"))));
  }

  @Test
  void alleenRegioloketConsulentEnDeEigenJobcoachZienEenPlaatsing() throws Exception {
    UUID id = plaatsingViaApi(LocalDate.now(TIJDZONE).minusMonths(2));
    mvc.perform(get("/api/v1/plaatsingen/" + id).with(REGIOLOKET)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/plaatsingen/" + id).with(CONSULENT)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/plaatsingen/" + id).with(JOBCOACH)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/plaatsingen/te-late-nazorg").with(JOBCOACH)).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.plaatsing.waarde == '" + id + "')]").exists());
    mvc.perform(get("/api/v1/plaatsingen/" + id).with(REGIOLOKET_AM07)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/plaatsingen/" + id).with(JOBCOACH_AM07)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/plaatsingen/" + id).with(WERKGEVER)).andExpect(status().isForbidden());
    mvc.perform(get("/plaatsingen/" + id).with(WERKGEVER)).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/plaatsingen").with(JOBCOACH).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
    // pagina's
    assertThat(html(REGIOLOKET, "/plaatsingen")).contains(id.toString());
    assertThat(html(JOBCOACH, "/nazorg")).contains(id.toString()).contains("te-laat");
    assertThat(html(CONSULENT, "/plaatsingen/" + id)).contains("nazorgformulier");
  }

  @Test
  void hetRegioloketLegtDePlaatsingVastViaHetFormulier() throws Exception {
    BelangstellingId match = route.inStatus(BelangstellingStatus.MATCH);
    assertThat(html(REGIOLOKET, "/regioloket/taken/" + match)).contains("id=\"plaatsen\"");
    assertThat(html(REGIOLOKET, "/regioloket/taken/" + match + "/plaatsing")).contains("plaatsingformulier");
    String fout = mvc.perform(post("/regioloket/taken/" + match + "/plaatsing").with(REGIOLOKET).with(csrf())
            .param("startdatum", LocalDate.now(TIJDZONE).toString()).param("werkplektype", "BASISBAAN").param("urenPerWeek", "20"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(fout).contains("foutsamenvatting").contains("href=\"#contractvorm\"");
    String locatie = mvc.perform(post("/regioloket/taken/" + match + "/plaatsing").with(REGIOLOKET).with(csrf())
            .param("startdatum", LocalDate.now(TIJDZONE).toString()).param("werkplektype", "BASISBAAN").param("contractvorm", "BASISBAAN")
            .param("urenPerWeek", "20").param("instrumenten", "JOBCOACHING", "NO_RISK_POLIS").param("jobcoach", "jobcoach@am06"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(locatie).startsWith("/plaatsingen/");
    assertThat(html(REGIOLOKET, "/regioloket/taken/" + match)).contains("id=\"naarPlaatsing\"");
    mvc.perform(get("/regioloket/taken/" + match + "/plaatsing").with(REGIOLOKET)).andExpect(status().isNotFound());
  }

  @Test
  void eenDirecteUitnodigingAlleenDoorEenWerkgeverEnZonderKandidaatId() throws Exception {
    String code = route.vrijProfiel();
    UUID werkplek = route.eigenOpenWerkplek().id().waarde();
    String body = "{\"profielcode\":\"" + code + "\",\"werkplek\":\"" + werkplek + "\",\"bericht\":\"Kom kennismaken\",\"soort\":\"UITNODIGING\"}";
    String antwoord = mvc.perform(post("/api/v1/belangstellingen").with(WERKGEVER).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.soort").value("UITNODIGING"))
        .andExpect(jsonPath("$.status").value("AANGEVRAAGD")).andExpect(jsonPath("$.contact").doesNotExist())
        .andReturn().getResponse().getContentAsString();
    assertThat(json.readTree(antwoord).has("kandidaat")).isFalse();
    mvc.perform(get("/api/v1/belangstellingen").with(WERKGEVER)).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.profielcode == '" + code + "')]").exists());
    mvc.perform(post("/api/v1/belangstellingen").with(BEMIDDELAAR).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("soort"));
    assertThat(html(WERKGEVER, "/belangstelling/nieuw?profiel=" + route.vrijProfiel() + "&soort=UITNODIGING"))
        .contains("value=\"UITNODIGING\"");
  }

  @Test
  void cijfersAlleenVoorDeEigenRegioAlsTabelApiEnDownload() throws Exception {
    JsonNode maanden = json.readTree(mvc.perform(get("/api/v1/regios/AM06/bemiddelingscijfers").with(COORDINATOR))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(maanden.size()).isEqualTo(12);
    assertThat(maanden.get(11).get("maand").asString()).isEqualTo(java.time.YearMonth.now(TIJDZONE).toString());
    mvc.perform(get("/api/v1/regios/AM06/bemiddelingscijfers?van=2026-01&tot=2026-03").with(REGIOLOKET)).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3));
    mvc.perform(get("/api/v1/regios/AM06/bemiddelingscijfers?van=2026-05&tot=2026-03").with(REGIOLOKET)).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/regios/AM07/bemiddelingscijfers").with(COORDINATOR)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/regios/AM06/bemiddelingscijfers").with(WERKGEVER)).andExpect(status().isForbidden());
    assertThat(html(COORDINATOR, "/bemiddelingscijfers/AM06")).contains("id=\"cijfers\"");
    mvc.perform(get("/bemiddelingscijfers").with(COORDINATOR)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/bemiddelingscijfers/AM06?formaat=csv").with(COORDINATOR)).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"));
    mvc.perform(get("/bemiddelingscijfers/AM06?formaat=xlsx").with(REGIOLOKET)).andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
  }

  @Test
  void eenMatchingeventMetUitnodigingenAanwezigheidEnEenVervolggesprek() throws Exception {
    mvc.perform(post("/api/v1/matchingevents").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\":\"SPEEDDATE\",\"titel\":\"Speeddate zorg\",\"datum\":\"2026-12-01\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("plaats"));
    String antwoord = mvc.perform(post("/api/v1/matchingevents").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\":\"SPEEDDATE\",\"titel\":\"Speeddate zorg\",\"datum\":\"" + LocalDate.now(TIJDZONE) + "\",\"plaats\":\"Stadhuis\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    UUID id = UUID.fromString(json.readTree(antwoord).get("id").get("waarde").asString());
    UUID werkgever = route.werkgever().organisatieId().waarde();
    String code = loketProfiel();

    mvc.perform(post("/matchingevents/" + id + "/werkgevers").with(REGIOLOKET).with(csrf()).param("werkgever", werkgever.toString())
        .param("versie", "0")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/matchingevents/" + id + "/kandidaten").with(REGIOLOKET).with(csrf()).param("profielcode", "P-BESTAATNIET")
        .param("versie", "1")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/matchingevents/" + id + "/kandidaten").with(REGIOLOKET).with(csrf()).param("profielcode", code)
        .param("versie", "1")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/matchingevents/" + id + "/aanwezigheid").with(REGIOLOKET).with(csrf()).param("versie", "2")
        .param("werkgever-" + werkgever, "true").param("kandidaat-" + code, "true")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/matchingevents/" + id + "/vervolggesprekken").with(REGIOLOKET).with(csrf()).param("versie", "3")
        .param("profielcode", code).param("werkplek", route.eigenOpenWerkplek().id().toString()).param("bericht", "Vervolg na de speeddate"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/api/v1/matchingevents/" + id).with(REGIOLOKET)).andExpect(status().isOk())
        .andExpect(jsonPath("$.event.werkgevers[0].aanwezig").value(true))
        .andExpect(jsonPath("$.event.kandidaten.length()").value(1))
        .andExpect(jsonPath("$.event.kandidaten[0].kandidaat").doesNotExist())
        .andExpect(jsonPath("$.vervolggesprekken").value(1));
    assertThat(jdbc.sql("select count(*) from bemiddeling.belangstelling where matchingevent_id = ? and status = 'AANGEVRAAGD'")
        .param(id).query(Long.class).single()).isEqualTo(1);
    // de werkgever ziet het event, maar niet welke kandidaten er waren
    String pagina = html(WERKGEVER, "/matchingevents/" + id);
    assertThat(pagina).contains("Speeddate zorg").doesNotContain(code).doesNotContain("aanwezigheidformulier");
    assertThat(html(WERKGEVER, "/matchingevents")).contains(id.toString());
    mvc.perform(get("/matchingevents/" + id).with(user("werkgever@am07").roles("WERKGEVER"))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/matchingevents").with(WERKGEVER)).andExpect(status().isForbidden());
    // een verouderd formulier
    mvc.perform(post("/matchingevents/" + id + "/kandidaten").with(REGIOLOKET).with(csrf()).param("profielcode", code).param("versie", "0"))
        .andExpect(status().is3xxRedirection())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("fout", "bemiddeling.event.gelijktijdig"));
  }

  @Test
  void deNieuweEndpointsStaanInDeOpenApiBeschrijving() throws Exception {
    String openapi = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(openapi).contains("/api/v1/plaatsingen", "/api/v1/plaatsingen/{id}/nazorg/{maand}", "/api/v1/plaatsingen/te-late-nazorg",
        "/api/v1/belangstellingen", "/api/v1/matchingevents", "/api/v1/regios/{code}/bemiddelingscijfers",
        "/api/v1/werkgevers/{id}/screening", "/api/v1/bemiddelaars/{id}/wsp-koppeling");
  }

  // --- hulp ---

  private String loketProfiel() {
    var loket = route.regioloket();
    java.util.Set<UUID> bezet = new java.util.HashSet<>(jdbc.sql("select kandidaat_id from bemiddeling.belangstelling").query(UUID.class).list());
    return kandidaten.zoekInBestand(loket, nl.perspectiefopwerk.kandidaat.Zoekfilter.leeg(), new nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek(1, 200))
        .items().stream().map(p -> p.profielcode())
        .filter(c -> !bezet.contains(kandidaten.kandidaatVoorProfielcode(loket, c).orElseThrow().waarde())).findFirst().orElseThrow();
  }

  private UUID plaatsingViaApi(LocalDate start) throws Exception {
    BelangstellingId match = route.inStatus(BelangstellingStatus.MATCH);
    String antwoord = mvc.perform(post("/api/v1/plaatsingen").with(REGIOLOKET).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(nieuwePlaatsing(match, start)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return UUID.fromString(json.readTree(antwoord).get("plaatsing").get("id").get("waarde").asString());
  }

  private static String nieuwePlaatsing(BelangstellingId id, LocalDate start) {
    return "{\"belangstelling\":\"" + id + "\",\"gegevens\":{\"startdatum\":\"" + start + "\",\"werkplektype\":\"REGULIERE_BAAN\","
        + "\"contractvorm\":\"ARBEIDSOVEREENKOMST_BEPAALDE_TIJD\",\"urenPerWeek\":32,\"instrumenten\":[\"JOBCOACHING\"],"
        + "\"jobcoach\":\"jobcoach@am06\"}}";
  }

  private org.springframework.test.web.servlet.RequestBuilder contact(UUID id, int maand, String uitkomst, int versie) {
    return post("/api/v1/plaatsingen/" + id + "/nazorg/" + maand).with(JOBCOACH).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"uitkomst\":\"" + uitkomst + "\",\"activiteiten\":\"Werkplekbezoek\",\"terugInBestand\":false,\"versie\":" + versie + "}");
  }

  private String html(RequestPostProcessor wie, String pad) throws Exception {
    return mvc.perform(get(pad).with(wie)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

}
