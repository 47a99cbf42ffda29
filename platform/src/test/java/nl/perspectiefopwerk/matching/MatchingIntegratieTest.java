package nl.perspectiefopwerk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.IntakeUitkomst;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.NaieveMatcher;
import nl.perspectiefopwerk.matching.domain.Treffer;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Matching op de hele applicatie: index uit de echte modules, API, pagina's, versheid en grote werving. */
@PlatformTest
class MatchingIntegratieTest {

  private static final AtomicInteger VOLGNUMMER = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Indexbeheer beheer;
  @Autowired MatchingService service;
  @Autowired KandidaatApi kandidaatApi;
  @Autowired KandidaatService kandidaatService;
  @Autowired WerkgeverApi werkgeverApi;
  @Autowired MatchingProperties properties;

  @Test
  void indexUitDeModulesGelijkAanDeReferentieOpDeDemodata() {
    assertThat(beheer.status().klaar()).isTrue();
    assertThat(beheer.status().regiosTotaal()).isEqualTo(35);
    assertThat(beheer.index().aantalKandidaten()).isGreaterThan(1000);
    String regio = "AM07";
    List<MatchWerkplek> werkplekken = werkgeverApi.openWerkplekken(regio).stream().map(beheer::naarWerkplek).toList();
    List<MatchKandidaat> kandidaten = beheer.kandidatenInRegio(regio);
    assertThat(werkplekken).isNotEmpty();
    assertThat(kandidaten).hasSizeGreaterThan(50);
    assertThat(beheer.specificiteit().aantal()).as("specificiteit uit de echte ESCO-relaties").isGreaterThan(10_000);
    NaieveMatcher referentie = new NaieveMatcher(kandidaten, werkplekken, beheer.locaties(), properties.gewichten().alsGewichten(),
        beheer.specificiteit());
    int gevuld = 0;
    for (MatchWerkplek w : werkplekken) {
      List<Treffer> snel = beheer.index().kandidatenVoor(w, 20);
      assertThat(snel).isEqualTo(referentie.kandidatenVoor(w, 20));
      if (!snel.isEmpty()) gevuld++;
    }
    assertThat(gevuld).isPositive();
    for (MatchKandidaat k : kandidaten.subList(0, 40)) {
      assertThat(beheer.index().werkplekkenVoor(k, 20)).isEqualTo(referentie.werkplekkenVoor(k, 20));
    }
  }

  @Test
  void werkgeverEnRegioloketZienAlleenAnoniemeProfielcodesMetUitleg() throws Exception {
    Werkplek w = werkplekMetSuggesties("werkgever@am07");
    String body = mvc.perform(get("/api/v1/werkplekken/{id}/suggesties", w.id().waarde()).with(rol("werkgever@am07", "WERKGEVER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonNode json = JsonMapper.builder().build().readTree(body);
    assertThat(json.get("suggesties").size()).isPositive();
    for (JsonNode s : json.get("suggesties")) {
      assertThat(s.get("profielcode").asString()).matches("P-[A-Z0-9x]{4}-[A-Z0-9x]{4}");
      assertThat(s.get("uitleg").get(0).get("tekst").asString()).contains("essentiële vaardigheden");
    }
    // Geen kandidaat-id, naam of exacte afstand in het antwoord.
    for (Treffer t : beheer.index().kandidatenVoor(beheer.naarWerkplek(w), 20)) {
      assertThat(body).doesNotContain(t.id().toString());
    }
    assertThat(body).doesNotContain("voornaam").doesNotContain("achternaam");
    String pagina = mvc.perform(get("/werkplekken/{id}/suggesties", w.id().waarde()).with(rol("werkgever@am07", "WERKGEVER")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(pagina).contains("essentiële vaardigheden").contains(json.get("suggesties").get(0).get("profielcode").asString());
    mvc.perform(get("/werkplekken/{id}", w.id().waarde()).with(rol("werkgever@am07", "WERKGEVER")))
        .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("suggesties-link"));

    mvc.perform(get("/api/v1/werkplekken/{id}/suggesties", w.id().waarde()).with(rol("regioloket@am07", "REGIOLOKET")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/werkplekken/{id}/suggesties", w.id().waarde()).with(rol("werkgever@am01", "WERKGEVER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/werkplekken/{id}/suggesties", w.id().waarde()).with(rol("regioloket@am01", "REGIOLOKET")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/werkplekken/{id}/suggesties", w.id().waarde()).with(rol("ministerie@landelijk", "MINISTERIE")))
        .andExpect(status().isForbidden());
  }

  @Test
  void consulentZietWerkplekkenVoorEigenKandidaat() throws Exception {
    UUID organisatie = jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = 'consulent-gemeente@am07'").query(UUID.class).single();
    List<UUID> eigen = jdbc.sql("select id from kandidaat.kandidaat where organisatie_id = ? and regiocode = 'AM07' order by id")
        .param(organisatie).query(UUID.class).list();
    UUID metSuggesties = eigen.stream()
        .filter(id -> beheer.index().bevatKandidaat(id))
        .filter(id -> !beheer.index().werkplekkenVoor(beheer.kandidaat(id).orElseThrow(), 1).isEmpty())
        .findFirst().orElseThrow();
    String body = mvc.perform(get("/api/v1/kandidaten/{id}/suggesties", metSuggesties).with(rol("consulent-gemeente@am07", "CONSULENT")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonNode json = JsonMapper.builder().build().readTree(body);
    assertThat(json.get("suggesties").size()).isPositive();
    assertThat(json.get("suggesties").get(0).get("titel").asString()).isNotBlank();
    assertThat(json.get("suggesties").get(0).get("uitleg").size()).isEqualTo(8);
    mvc.perform(get("/kandidaten/{id}/suggesties", metSuggesties).with(rol("consulent-gemeente@am07", "CONSULENT")))
        .andExpect(status().isOk())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("essentiële vaardigheden"));
    mvc.perform(get("/api/v1/kandidaten/{id}/suggesties", metSuggesties).with(rol("consulent-gemeente@am01", "CONSULENT")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/kandidaten/{id}/suggesties", metSuggesties).with(rol("werkgever@am07", "WERKGEVER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void intrekkenVanToestemmingHaaltKandidaatBinnenEenSecondeUitElkeSuggestie() throws Exception {
    Werkplek w = werkgeverApi.openWerkplekken("AM33").getFirst();
    MatchWerkplek mw = beheer.naarWerkplek(w);
    KandidaatId id = nieuweKandidaatVoor(w, "AM33");
    // Nieuw in het bestand: de gebeurtenis voegt hem toe aan de index.
    wachtTot(() -> bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde()), 10_000);
    assertThat(beheer.index().kandidatenVoor(mw, 1).getFirst().id()).isEqualTo(id.waarde()); // precies de vaardigheden van de werkplek

    long start = System.nanoTime();
    kandidaatService.trekBestandstoestemmingIn(id, "test");
    wachtTot(() -> !bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde()), 5_000);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(ms).as("uit elke suggestie binnen een seconde").isLessThan(1000);
    assertThat(beheer.index().bevatKandidaat(id.waarde())).isFalse();
    for (MatchWerkplek andere : werkgeverApi.openWerkplekken("AM33").stream().map(beheer::naarWerkplek).toList()) {
      assertThat(bevat(beheer.index().kandidatenVoor(andere, 10_000), id.waarde())).isFalse();
    }
  }

  /**
   * Een gewijzigd profiel (nieuwe intake van dezelfde persoon) is direct in de suggesties te zien, zonder herbouw van
   * de regio; een nieuwe werkfitbeoordeling "nog niet werkfit" haalt de kandidaat binnen een seconde eruit.
   */
  @Test
  void gewijzigdProfielEnNieuweWerkfitbeoordelingZijnDirectZichtbaar() {
    Werkplek w = werkgeverApi.openWerkplekken("AM32").getFirst();
    MatchWerkplek mw = beheer.naarWerkplek(w);
    String bsn = bsn();
    String wpPc4 = w.postcode().replace(" ", "").substring(0, 4);
    java.util.function.Function<List<String>, IntakeGegevens> intake = v -> new IntakeGegevens("Test", "Gewijzigd", bsn,
        LocalDate.of(1991, 2, 3), "Straat", "2", wpPc4 + " AB", "Plaats", null, null, Set.of(), Opleidingsniveau.WO, true,
        v.isEmpty() ? List.of() : List.of(w.beroepId()), v,
        List.of("nl"), true, 40, 250, LocalDate.now().minusDays(1), List.of(Werkvorm.REGULIER, Werkvorm.LEERWERKPLEK, Werkvorm.BASISBAAN),
        null, null);
    KandidaatId id = inBestand(intake.apply(List.of()));
    wachtTot(() -> beheer.index().bevatKandidaat(id.waarde()), 10_000);
    assertThat(beheer.index().kandidatenVoor(mw, 1).getFirst().id()).as("zonder vaardigheden niet de beste").isNotEqualTo(id.waarde());

    // Nieuwe intake van dezelfde persoon, nu met het beroep en precies de vaardigheden van de werkplek: direct bovenaan.
    long start = System.nanoTime();
    assertThat(kandidaatApi.neemIn(intake.apply(w.vaardigheden()), new KandidaatApi.Herkomst(null, "test", null, "test")))
        .isInstanceOf(IntakeUitkomst.Bijgewerkt.class);
    wachtTot(() -> beheer.index().kandidatenVoor(mw, 1).getFirst().id().equals(id.waarde()), 5_000);
    assertThat((System.nanoTime() - start) / 1_000_000).as("binnen een seconde in de suggesties").isLessThan(1000);

    // Nog niet werkfit: binnen een seconde uit elke suggestie.
    start = System.nanoTime();
    kandidaatService.beoordeelWerkfit(id, kandidaatService.nieuweBeoordeling(WerkfitGraad.NOG_NIET_WERKFIT, List.of(), List.of(),
        "eerst een werkfittraject", "test"));
    wachtTot(() -> !beheer.index().bevatKandidaat(id.waarde()), 5_000);
    assertThat((System.nanoTime() - start) / 1_000_000).as("binnen een seconde uit de suggesties").isLessThan(1000);
    assertThat(bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde())).isFalse();
  }

  /** Een gesloten werkplek verdwijnt binnen een seconde uit de suggesties van kandidaten; heropenen brengt hem terug. */
  @Test
  void geslotenWerkplekVerdwijntDirectUitDeSuggesties() throws Exception {
    // Een regio die de andere tests niet gebruiken, met meerdere open werkplekken; de laatste wordt gesloten en heropend.
    String regio = java.util.stream.IntStream.rangeClosed(13, 31).mapToObj(i -> String.format("AM%02d", i))
        .filter(r -> werkgeverApi.openWerkplekken(r).size() >= 3).findFirst().orElseThrow();
    Werkplek w = werkgeverApi.openWerkplekken(regio).getLast();
    KandidaatId id = nieuweKandidaatVoor(w, regio);
    wachtTot(() -> beheer.index().bevatKandidaat(id.waarde()), 10_000);
    MatchKandidaat mk = beheer.naarKandidaat(kandidaatApi.matchgegevens(id).orElseThrow(), false);
    assertThat(bevat(beheer.index().werkplekkenVoor(mk, 10_000), w.id().waarde())).isTrue();

    long start = System.nanoTime();
    mvc.perform(post("/werkplekken/{id}/status", w.id().waarde()).param("naar", "GESLOTEN").with(rol("regioloket@" + regio.toLowerCase(), "REGIOLOKET"))
        .with(csrf())).andExpect(status().is3xxRedirection());
    wachtTot(() -> !beheer.index().bevatWerkplek(w.id().waarde()), 5_000);
    assertThat((System.nanoTime() - start) / 1_000_000).as("binnen een seconde uit de suggesties").isLessThan(1000);
    assertThat(bevat(beheer.index().werkplekkenVoor(mk, 10_000), w.id().waarde())).isFalse();

    mvc.perform(post("/werkplekken/{id}/status", w.id().waarde()).param("naar", "OPEN").with(rol("regioloket@" + regio.toLowerCase(), "REGIOLOKET"))
        .with(csrf())).andExpect(status().is3xxRedirection());
    wachtTot(() -> beheer.index().bevatWerkplek(w.id().waarde()), 5_000);
  }

  @Test
  void plaatsingshaakSluitKandidaatDirectEnBlijvendUit() {
    Werkplek w = werkgeverApi.openWerkplekken("AM34").getFirst();
    MatchWerkplek mw = beheer.naarWerkplek(w);
    KandidaatId id = nieuweKandidaatVoor(w, "AM34");
    wachtTot(() -> bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde()), 10_000);
    service.sluitKandidaatUit(id, "geplaatst");
    assertThat(bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde())).isFalse();
    // Ook na een volledige herbouw (zoals na een herstart).
    beheer.werkKandidaatBij(id);
    assertThat(bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde())).isFalse();
    assertThat(service.redenGeenSuggesties(kandidaatApi.matchgegevens(id).orElseThrow())).isEqualTo("matching.reden.geplaatst");
  }

  @Autowired org.springframework.context.ApplicationEventPublisher publisher;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactie;

  @Test
  void eenPlaatsingUitDeRouteHaaltDeKandidaatUitDeSuggestiesEnUitvalBrengtHemTerug() {
    Werkplek w = werkgeverApi.openWerkplekken("AM35").getFirst();
    MatchWerkplek mw = beheer.naarWerkplek(w);
    KandidaatId id = nieuweKandidaatVoor(w, "AM35");
    wachtTot(() -> bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde()), 10_000);
    var plaatsing = new nl.perspectiefopwerk.bemiddeling.PlaatsingId(java.util.UUID.randomUUID());
    // De module bemiddeling publiceert dit na het vastleggen van een plaatsing (in haar transactie).
    transactie.executeWithoutResult(t -> publisher.publishEvent(new nl.perspectiefopwerk.bemiddeling.PlaatsingGestart(
        plaatsing, "AM35", id, w.id(), w.type(), java.time.LocalDate.now())));
    wachtTot(() -> !bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde()), 5_000);
    transactie.executeWithoutResult(t -> publisher.publishEvent(new nl.perspectiefopwerk.bemiddeling.PlaatsingBeeindigd(
        plaatsing, "AM35", id, java.time.LocalDate.now(), "uitgevallen", true)));
    wachtTot(() -> bevat(beheer.index().kandidatenVoor(mw, 10_000), id.waarde()), 5_000);
  }

  @Test
  void regioloketBerekentBewerktEnAccepteertGroteWerving() throws Exception {
    List<Werkplek> werkplekken = werkgeverApi.openWerkplekken("AM12");
    List<UUID> gekozen = werkplekken.stream().limit(6).map(x -> x.id().waarde()).toList();
    var aanvraag = post("/matching/werving/voorstel").with(rol("regioloket@am12", "REGIOLOKET")).with(csrf()).param("blootstelling", "1");
    for (UUID g : gekozen) aanvraag.param("werkplek", g.toString());
    String pagina = mvc.perform(aanvraag).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(pagina).contains("essentiële vaardigheden");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"paar\"[^>]*value=\"([0-9a-f-]{36}:[0-9a-f-]{36})\"").matcher(pagina);
    List<String> paren = new java.util.ArrayList<>();
    while (m.find()) paren.add(m.group(1));
    assertThat(paren).isNotEmpty();
    assertThat(paren.stream().map(x -> x.substring(37)).distinct().count()).isEqualTo(paren.size()); // blootstellingsgrens 1

    // Bewerken: het eerste paar uitvinken, de rest accepteren.
    String naam = "Banenmarkt test " + UUID.randomUUID();
    var accepteer = post("/matching/werving/accepteren").with(rol("regioloket@am12", "REGIOLOKET")).with(csrf())
        .param("blootstelling", "1").param("naam", naam);
    for (UUID g : gekozen) accepteer.param("werkplek", g.toString());
    for (String paar : paren.subList(1, paren.size())) accepteer.param("paar", paar);
    mvc.perform(accepteer).andExpect(status().is3xxRedirection());
    Long opgeslagen = jdbc.sql("select count(*) from matching.voorstel_paar p join matching.voorstel v on v.id = p.voorstel_id where v.naam = ?")
        .param(naam).query(Long.class).single();
    assertThat(opgeslagen).isEqualTo(paren.size() - 1L);
    Long optimaal = jdbc.sql("select optimale_score - totale_score from matching.voorstel where naam = ?").param(naam).query(Long.class).single();
    assertThat(optimaal).isPositive(); // een paar minder dan het optimum
    mvc.perform(get("/matching/werving").with(rol("regioloket@am12", "REGIOLOKET"))).andExpect(status().isOk())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(naam));

    // Een paar dat de blootstellingsgrens overschrijdt wordt geweigerd.
    if (gekozen.size() >= 2) {
      String werkplek = paren.getFirst().substring(0, 36);
      String kandidaat = paren.getFirst().substring(37);
      String andere = gekozen.stream().map(UUID::toString).filter(x -> !x.equals(werkplek)).findFirst().orElseThrow();
      var fout = post("/matching/werving/accepteren").with(rol("regioloket@am12", "REGIOLOKET")).with(csrf())
          .param("blootstelling", "1").param("naam", "Te vaak").param("paar", werkplek + ":" + kandidaat)
          .param("paar", andere + ":" + kandidaat);
      for (UUID g : gekozen) fout.param("werkplek", g.toString());
      mvc.perform(fout).andExpect(status().isBadRequest());
    }
    mvc.perform(get("/matching/werving").with(rol("werkgever@am12", "WERKGEVER"))).andExpect(status().isForbidden());
  }

  @Test
  void kandidaatZietEigenPassendWerk() throws Exception {
    mvc.perform(get("/mijn-gegevens/suggesties").with(rol("kandidaat@am07", "KANDIDAAT")))
        .andExpect(status().isOk())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("uw regio"));
    UUID ander = jdbc.sql("select id from kandidaat.kandidaat where regiocode = 'AM07' and gebruikersnaam is null order by id limit 1")
        .query(UUID.class).single();
    mvc.perform(get("/kandidaten/{id}/suggesties", ander).with(rol("kandidaat@am07", "KANDIDAAT"))).andExpect(status().isForbidden());
    mvc.perform(get("/mijn-gegevens/suggesties").with(rol("consulent-gemeente@am07", "CONSULENT"))).andExpect(status().isForbidden());

    // Dezelfde lijst via de API, alleen voor de kandidaat zelf.
    String body = mvc.perform(get("/api/v1/mijn-gegevens/suggesties").param("aantal", "5").with(rol("kandidaat@am07", "KANDIDAAT")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonNode json = JsonMapper.builder().build().readTree(body);
    UUID eigen = jdbc.sql("select id from kandidaat.kandidaat where gebruikersnaam = 'kandidaat@am07'").query(UUID.class).single();
    int verwacht = beheer.kandidaat(eigen).map(k -> beheer.index().werkplekkenVoor(k, 5).size()).orElse(0);
    assertThat(json.get("suggesties").size()).isBetween(Math.min(verwacht, 1), 5);
    if (verwacht > 0) {
      assertThat(json.get("suggesties").get(0).get("uitleg").size()).isEqualTo(8);
      assertThat(json.path("reden").isMissingNode() || json.path("reden").isNull()).isTrue();
    } else {
      assertThat(json.get("reden").asString()).isNotBlank();
    }
    assertThat(json.get("index").get("klaar").asBoolean()).isTrue();
    mvc.perform(get("/api/v1/mijn-gegevens/suggesties").with(rol("consulent-gemeente@am07", "CONSULENT")))
        .andExpect(status().isForbidden());
  }

  @Test
  void ondersteuningsteamZietFairnessPerDoelgroepZonderPersonen() throws Exception {
    String pagina = mvc.perform(get("/matching/fairness").with(rol("ondersteuningsteam@nl", "ONDERSTEUNINGSTEAM")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(pagina).contains("id=\"fairness\"").contains("Bijstand").doesNotContain("P-");
    mvc.perform(get("/matching/fairness").with(rol("regioloket@am12", "REGIOLOKET"))).andExpect(status().isForbidden());
  }

  // ------------------------------------------------------------ hulp

  private Werkplek werkplekMetSuggesties(String werkgever) {
    UUID org = jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = ?").param(werkgever).query(UUID.class).single();
    return werkgeverApi.openWerkplekken("AM07").stream().filter(w -> w.werkgeverId().equals(org))
        .filter(w -> !beheer.index().kandidatenVoor(beheer.naarWerkplek(w), 1).isEmpty()).findFirst().orElseThrow();
  }

  private KandidaatId nieuweKandidaatVoor(Werkplek w, String regio) {
    String pc4 = jdbc.sql("select pc4 from regio.postcode where regiocode = ? order by pc4 limit 1").param(regio).query(String.class).single();
    String wpPc4 = w.postcode().replace(" ", "").substring(0, 4);
    IntakeGegevens g = new IntakeGegevens("Test", "Matching", bsn(), LocalDate.of(1990, 1, 1), "Straat", "1", wpPc4 + " AA", "Plaats",
        null, null, Set.of(), Opleidingsniveau.WO, true, List.of(w.beroepId()), w.vaardigheden(), List.of("nl"), true, 40, 250,
        LocalDate.now().minusDays(1), List.of(Werkvorm.REGULIER, Werkvorm.LEERWERKPLEK, Werkvorm.BASISBAAN), null, null);
    assertThat(pc4).isNotNull();
    return inBestand(g);
  }

  /** Intake, werkfit en toestemming voor het bestand: de kandidaat komt via de gebeurtenis in de index. */
  private KandidaatId inBestand(IntakeGegevens g) {
    IntakeUitkomst u = kandidaatApi.neemIn(g, new KandidaatApi.Herkomst(null, "test", null, "test"));
    KandidaatId id = switch (u) {
      case IntakeUitkomst.Aangemaakt a -> a.id();
      default -> throw new AssertionError("intake mislukt: " + u);
    };
    kandidaatService.beoordeelWerkfit(id, kandidaatService.nieuweBeoordeling(WerkfitGraad.WERKFIT,
        List.of(Werkvorm.REGULIER, Werkvorm.LEERWERKPLEK, Werkvorm.BASISBAAN), List.of(), null, "test"));
    kandidaatService.geefBestandstoestemming(id, Toestemming.Wijze.DOOR_KANDIDAAT, "test");
    return id;
  }

  private static boolean bevat(List<Treffer> lijst, UUID id) {
    return lijst.stream().anyMatch(t -> t.id().equals(id));
  }

  private static void wachtTot(java.util.function.BooleanSupplier voorwaarde, long maxMs) {
    long eind = System.currentTimeMillis() + maxMs;
    while (!voorwaarde.getAsBoolean()) {
      if (System.currentTimeMillis() > eind) throw new AssertionError("niet binnen " + maxMs + " ms");
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static RequestPostProcessor rol(String naam, String rol) {
    return user(naam).roles(rol);
  }

  /** Een BSN dat de elfproef doorstaat, uniek binnen deze testrun (reeks 3xxxxxxxx). */
  private static String bsn() {
    while (true) {
      String acht = "3" + String.format("%07d", VOLGNUMMER.incrementAndGet() % 10_000_000);
      int som = 0;
      for (int i = 0; i < 8; i++) som += (9 - i) * (acht.charAt(i) - '0');
      int controle = som % 11;
      if (controle <= 9) return acht + controle;
    }
  }
}
