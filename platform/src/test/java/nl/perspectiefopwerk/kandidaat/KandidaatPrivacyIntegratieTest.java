package nl.perspectiefopwerk.kandidaat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.kandidaat.beveiliging.Kluis;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRij;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Het belangrijkste dat dit platform belooft: een werkgever of bemiddelaar vindt kandidaten, maar komt
 * via geen enkele pagina of API te weten wie ze zijn; identiteit alleen voor de eigen consulent, het
 * regioloket en de kandidaat, en elke inzage wordt vastgelegd.
 */
@PlatformTest
class KandidaatPrivacyIntegratieTest {

  static final RequestPostProcessor WERKGEVER_25 = user("werkgever@am25").roles("WERKGEVER");
  static final RequestPostProcessor BEMIDDELAAR_25 = user("bemiddelaar@am25").roles("BEMIDDELAAR");
  static final Set<String> TOEGESTANE_PROFIELVELDEN =
      Set.of("profielcode", "regiocode", "regionaam", "gemeente", "leeftijdsband", "opleidingsniveau", "startkwalificatie",
          "beroepen", "vaardigheden", "urenPerWeek", "werkvormen", "instrumenten", "beschikbaarVanaf", "rijbewijs", "talen",
          "laatstBevestigd", "afstandKm");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired KandidaatRepository repository;
  @Autowired Kluis kluis;
  @Autowired KandidaatProperties properties;
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void geenEnkelIdentificerendGegevenBereiktWerkgeverOfBemiddelaar() throws Exception {
    List<String> verboden = identificerendeWaarden("AM25");
    assertThat(verboden).hasSizeGreaterThan(500);
    for (RequestPostProcessor wie : List.of(WERKGEVER_25, BEMIDDELAAR_25)) {
      StringBuilder alles = new StringBuilder();
      List<JsonNode> profielen = alleProfielen(wie);
      assertThat(profielen).hasSizeGreaterThan(50);
      for (JsonNode p : profielen) {
        alles.append(p);
        alles.append(html(wie, "/bestand/" + p.get("profielcode").asString()));
      }
      alles.append(html(wie, "/bestand"));
      alles.append(html(wie, "/bestand?pagina=2&sortering=UREN"));
      alles.append(html(wie, "/bestand?postcode=4811&afstandKm=25"));
      String tekst = alles.toString();
      for (String waarde : verboden) {
        assertThat(tekst).as("identificerend gegeven in wat een werkgever/bemiddelaar ziet").doesNotContain(waarde);
      }
    }
  }

  @Test
  void hetProfielBevatAlleenDeToegestaneVelden() throws Exception {
    for (JsonNode p : alleProfielen(WERKGEVER_25)) {
      Set<String> velden = new HashSet<>();
      for (Iterator<String> it = p.propertyNames().iterator(); it.hasNext(); ) velden.add(it.next());
      assertThat(TOEGESTANE_PROFIELVELDEN).containsAll(velden);
    }
  }

  @Test
  void elkeGetoondeCombinatieVanWoonplaatsEnLeeftijdDelenMinstensKKandidaten() throws Exception {
    Map<String, Integer> klassen = new HashMap<>();
    for (JsonNode p : alleProfielen(WERKGEVER_25)) {
      String sleutel = tekst(p, "gemeente") + "|" + tekst(p, "regiocode") + "|" + tekst(p, "leeftijdsband");
      klassen.merge(sleutel, 1, Integer::sum);
    }
    assertThat(klassen).isNotEmpty();
    assertThat(klassen.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(properties.k()));
  }

  @Test
  void profielcodesVerschillenPerOrganisatieEnGeldenNietBuitenDeRegio() throws Exception {
    Set<String> werkgever = codes(alleProfielen(WERKGEVER_25));
    Set<String> bemiddelaar = codes(alleProfielen(BEMIDDELAAR_25));
    assertThat(werkgever).hasSameSizeAs(bemiddelaar);
    assertThat(werkgever).doesNotContainAnyElementsOf(bemiddelaar);
    String code = werkgever.iterator().next();
    mvc.perform(get("/api/v1/profielen/" + code).with(WERKGEVER_25)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/profielen/" + code).with(BEMIDDELAAR_25)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/profielen/" + code).with(user("werkgever@am01").roles("WERKGEVER"))).andExpect(status().isNotFound());
  }

  @Test
  void identiteitAlleenVoorEigenConsulentRegioloketEnKandidaat() throws Exception {
    UUID gemeenteKandidaat = eersteKandidaatVan("AM25", "GEMEENTE");
    String pad = "/kandidaten/" + gemeenteKandidaat;
    mvc.perform(get(pad).with(user("consulent-gemeente@am25").roles("CONSULENT"))).andExpect(status().isOk());
    mvc.perform(get(pad).with(user("regioloket@am25").roles("REGIOLOKET"))).andExpect(status().isOk());
    mvc.perform(get(pad).with(user("consulent-uwv@am25").roles("CONSULENT"))).andExpect(status().isForbidden());
    mvc.perform(get(pad).with(user("consulent-gemeente@am01").roles("CONSULENT"))).andExpect(status().isForbidden());
    mvc.perform(get(pad).with(user("regioloket@am01").roles("REGIOLOKET"))).andExpect(status().isForbidden());
    mvc.perform(get(pad).with(WERKGEVER_25)).andExpect(status().isForbidden());
    mvc.perform(get(pad).with(BEMIDDELAAR_25)).andExpect(status().isForbidden());
    mvc.perform(get(pad).with(user("ministerie@nl").roles("MINISTERIE"))).andExpect(status().isForbidden());
    mvc.perform(get(pad).with(user("beheerder@nl").roles("BEHEERDER"))).andExpect(status().isForbidden());
    mvc.perform(get("/bestand").with(user("consulent-gemeente@am25").roles("CONSULENT"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/profielen").with(user("evaluator@nl").roles("EVALUATOR"))).andExpect(status().isForbidden());
  }

  @Test
  void elkeInzageWordtVastgelegdEnDeKandidaatZietDie() throws Exception {
    UUID eigen = repository.metGebruikersnaam("kandidaat@am25").orElseThrow().id();
    KandidaatRij k = repository.kandidaat(eigen).orElseThrow();
    String consulent = k.organisatieId().equals(organisatie("consulent-gemeente@am25")) ? "consulent-gemeente@am25" : "consulent-uwv@am25";
    long voor = aantalInzagen(eigen);
    mvc.perform(get("/kandidaten/" + eigen).with(user(consulent).roles("CONSULENT"))).andExpect(status().isOk());
    assertThat(aantalInzagen(eigen)).isEqualTo(voor + 1);
    String mijn = html(user("kandidaat@am25").roles("KANDIDAAT"), "/mijn-gegevens");
    assertThat(mijn).contains("Wie heeft mijn gegevens bekeken?").contains("Dossier bekijken voor bemiddeling naar werk");
  }

  @Test
  void eenLijstpaginaMetNamenLegtPerGetoondeKandidaatEenInzageVast() throws Exception {
    long voor = jdbc.sql("select count(*) from audit.verwerking where gebruiker = 'consulent-uwv@am30' and verwerkingsactiviteit = 'kandidatenlijst'")
        .query(Long.class).single();
    String html = html(user("consulent-uwv@am30").roles("CONSULENT"), "/kandidaten");
    long rijen = html.split("<tr").length - 2; // kopregel en tabelkop niet meegeteld
    long na = jdbc.sql("select count(*) from audit.verwerking where gebruiker = 'consulent-uwv@am30' and verwerkingsactiviteit = 'kandidatenlijst'")
        .query(Long.class).single();
    assertThat(rijen).isPositive();
    assertThat(na - voor).isEqualTo(rijen);
  }

  @Test
  void intrekkenVanToestemmingHaaltHetProfielDirectUitHetBestand() throws Exception {
    RequestPostProcessor kandidaat = user("kandidaat@am25").roles("KANDIDAAT");
    int voor = alleProfielen(WERKGEVER_25).size();
    mvc.perform(post("/mijn-gegevens/toestemming").param("actie", "intrekken").with(kandidaat).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(alleProfielen(WERKGEVER_25)).hasSize(voor - 1);
    mvc.perform(post("/mijn-gegevens/toestemming").param("actie", "geven").with(kandidaat).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(alleProfielen(WERKGEVER_25)).hasSize(voor);
  }

  @Test
  void wieTeVeelIdentiteitenInZietWordtGeweigerdEnGemeld() throws Exception {
    RequestPostProcessor loket = user("regioloket@am03").roles("REGIOLOKET");
    List<UUID> ids = jdbc.sql("select id from kandidaat.kandidaat where regiocode = 'AM03' order by id limit ?")
        .param(properties.maxInzagenPerUur() + 1).query(UUID.class).list();
    for (int i = 0; i < properties.maxInzagenPerUur(); i++) {
      mvc.perform(get("/kandidaten/" + ids.get(i)).with(loket)).andExpect(status().isOk());
    }
    mvc.perform(get("/kandidaten/" + ids.getLast()).with(loket)).andExpect(status().isForbidden());
    assertThat(jdbc.sql("select count(*) from audit.signalering where gebruiker = 'regioloket@am03'").query(Long.class).single()).isPositive();
  }

  @Test
  void bijzondereGegevensAlleenVoorDeEigenConsulent() throws Exception {
    UUID id = eersteKandidaatVan("AM25", "GEMEENTE");
    assertThat(html(user("consulent-gemeente@am25").roles("CONSULENT"), "/kandidaten/" + id)).contains("Ondersteuningsbehoefte");
    assertThat(html(user("regioloket@am25").roles("REGIOLOKET"), "/kandidaten/" + id)).doesNotContain("Ondersteuningsbehoefte");
  }

  @Test
  void naDeBewaartermijnVerdwijntDeIdentiteitMaarBlijftDeTelling() {
    UUID id = jdbc.sql("select id from kandidaat.kandidaat where regiocode = 'AM38' order by id desc limit 1").query(UUID.class).single();
    long totaal = jdbc.sql("select count(*) from kandidaat.kandidaat").query(Long.class).single();
    repository.haalUitBestand(id, "duurzaam geplaatst");
    assertThat(repository.wisIdentiteit(java.time.Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(1);
    KandidaatRij na = repository.kandidaat(id).orElseThrow();
    assertThat(na.voornaam()).isNull();
    assertThat(na.bsnVersleuteld()).isNull();
    assertThat(na.geboortedatum()).isNull();
    assertThat(na.postcode()).isNull();
    assertThat(na.geanonimiseerdOp()).isNotNull();
    assertThat(na.regiocode()).isEqualTo("AM38");
    assertThat(jdbc.sql("select count(*) from kandidaat.kandidaat").query(Long.class).single()).isEqualTo(totaal);
  }

  // ------------------------------------------------------------------ hulpjes

  private List<String> identificerendeWaarden(String regio) {
    List<String> waarden = new ArrayList<>();
    DateTimeFormatter nl = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    for (KandidaatRij k : repository.inBestand(regio)) {
      waarden.add(k.voornaam() + " " + k.achternaam());
      waarden.add(kluis.ontsleutel(k.bsnVersleuteld()).waarde());
      waarden.add(k.postcode());
      waarden.add(k.straat() + " " + k.huisnummer());
      waarden.add(k.geboortedatum().toString());
      waarden.add(nl.format(k.geboortedatum()));
      waarden.add(k.id().toString());
    }
    return waarden;
  }

  private List<JsonNode> alleProfielen(RequestPostProcessor wie) throws Exception {
    List<JsonNode> alle = new ArrayList<>();
    for (int pagina = 1; pagina < 100; pagina++) {
      JsonNode antwoord = json.readTree(mvc.perform(get("/api/v1/profielen?paginaGrootte=200&pagina=" + pagina).with(wie))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
      antwoord.path("_embedded").path("profielen").forEach(alle::add);
      if (antwoord.path("_links").path("next").isMissingNode()) break;
    }
    return alle;
  }

  private String html(RequestPostProcessor wie, String pad) throws Exception {
    return mvc.perform(get(pad).with(wie)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static Set<String> codes(List<JsonNode> profielen) {
    Set<String> codes = new HashSet<>();
    profielen.forEach(p -> codes.add(p.get("profielcode").asString()));
    return codes;
  }

  private static String tekst(JsonNode p, String veld) {
    return p.hasNonNull(veld) ? p.get(veld).asString() : "-";
  }

  private UUID eersteKandidaatVan(String regio, String organisatietype) {
    return jdbc.sql(
            """
            select k.id from kandidaat.kandidaat k join toegang.organisatie o on o.id = k.organisatie_id
            where k.regiocode = ? and o.type = ? and k.gebruikersnaam is null order by k.id limit 1
            """)
        .params(regio, organisatietype).query(UUID.class).single();
  }

  private UUID organisatie(String gebruikersnaam) {
    return jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(UUID.class).single();
  }

  private long aantalInzagen(UUID kandidaat) {
    return jdbc.sql("select count(*) from audit.verwerking where betrokkene_type = 'kandidaat' and betrokkene_id = ?")
        .param(kandidaat.toString()).query(Long.class).single();
  }
}
