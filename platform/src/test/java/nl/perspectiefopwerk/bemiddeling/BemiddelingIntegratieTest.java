package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRij;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * De belangstellingsroute als verhaal: een werkgever vindt een anoniem profiel, toont belangstelling, het
 * regioloket legt het antwoord van de kandidaat vast, plant het gesprek en legt de uitkomst vast. De
 * werkgever ziet pas wie de kandidaat is na een ja met toestemming voor precies zijn organisatie.
 */
@PlatformTest
@RecordApplicationEvents
class BemiddelingIntegratieTest {

  private static final RequestPostProcessor WERKGEVER_AM25 = user("werkgever@am25").roles("WERKGEVER");
  private static final RequestPostProcessor WERKGEVER_AM01 = user("werkgever@am01").roles("WERKGEVER");
  private static final RequestPostProcessor BEMIDDELAAR_AM25 = user("bemiddelaar@am25").roles("BEMIDDELAAR");
  private static final RequestPostProcessor REGIOLOKET_AM25 = user("regioloket@am25").roles("REGIOLOKET");
  private static final RequestPostProcessor REGIOLOKET_AM01 = user("regioloket@am01").roles("REGIOLOKET");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired WerkgeverApi werkgevers;
  @Autowired KandidaatApi kandidaten;
  @Autowired KandidaatService kandidaatService;
  @Autowired BemiddelingService bemiddeling;
  @Autowired AuditApi audit;
  @Autowired ApplicationEvents events;

  final JsonMapper json = JsonMapper.builder().build();

  // --- het verhaal ---

  @Test
  void werkgeverToontBelangstellingEnZietDeKandidaatPasNaEenJaMetToestemming() throws Exception {
    String code = vrijProfiel(Set.of());
    KandidaatRij kandidaat = kandidaatService.vind(kandidaatVan(code));
    Werkplek werkplek = eigenOpenWerkplek();

    // de werkgever vindt het profiel en toont belangstelling
    String formulier = html(WERKGEVER_AM25, "/belangstelling/nieuw?profiel=" + code);
    assertThat(formulier).contains(werkplek.id().toString()).contains("name=\"bericht\"");
    assertThat(html(WERKGEVER_AM25, "/bestand/" + code)).contains("/belangstelling/nieuw?profiel=" + code);
    UUID id = toonBelangstelling(code, werkplek);
    Belangstelling b = bemiddeling.zichtbaar(regioloket(), new BelangstellingId(id));
    assertThat(b.status()).isEqualTo(BelangstellingStatus.AANGEVRAAGD);
    assertThat(b.deadline()).isAfter(java.time.LocalDate.now());
    assertThat(b.werkgeverOrganisatie()).isEqualTo(organisatieVan("werkgever@am25"));

    // zolang de kandidaat niet heeft ingestemd: nergens iets identificerends
    geenIdentiteitOpPaginasVanDeWerkgever(kandidaat, code, id);

    // het regioloket ziet de taak
    assertThat(html(REGIOLOKET_AM25, "/regioloket/taken")).contains(id.toString());
    assertThat(html(REGIOLOKET_AM25, "/regioloket/taken/" + id)).contains("antwoord-ja").contains("/kandidaten/" + kandidaat.id());

    // een verouderd formulier wijzigt niets
    mvc.perform(post("/regioloket/taken/" + id + "/antwoord").param("antwoord", "ja").param("versie", "7")
            .with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("fout", "bemiddeling.gelijktijdig"));
    assertThat(statusVan(id)).isEqualTo(BelangstellingStatus.AANGEVRAAGD);
    assertThat(kandidaatService.heeftIdentiteitstoestemming(new KandidaatId(kandidaat.id()), b.werkgeverOrganisatie())).isFalse();

    // ja, met toestemming voor deze werkgever
    mvc.perform(post("/regioloket/taken/" + id + "/antwoord").param("antwoord", "ja").param("versie", "0")
            .with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("melding", "bemiddeling.antwoord.vastgelegd"));
    assertThat(statusVan(id)).isEqualTo(BelangstellingStatus.KANDIDAAT_AKKOORD);
    assertThat(kandidaatService.heeftIdentiteitstoestemming(new KandidaatId(kandidaat.id()), b.werkgeverOrganisatie())).isTrue();

    // nu ziet de werkgever naam en contact; de bemiddelaar en een andere regio niet
    String detail = html(WERKGEVER_AM25, "/belangstelling/" + id);
    assertThat(detail).contains(kandidaat.achternaam()).contains("id=\"contact\"");
    if (kandidaat.email() != null) assertThat(detail).contains(kandidaat.email());
    mvc.perform(get("/belangstelling/" + id).with(BEMIDDELAAR_AM25)).andExpect(status().isNotFound());

    // het gesprek wordt gepland en de uitkomst vastgelegd
    mvc.perform(post("/regioloket/taken/" + id + "/gesprek").param("gesprekOp", "2026-12-01T10:00").param("locatie", "Kantine")
            .param("versie", "1").with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("melding", "bemiddeling.gesprek.gepland"));
    assertThat(statusVan(id)).isEqualTo(BelangstellingStatus.GESPREK_GEPLAND);
    assertThat(events.stream(EersteGesprekGepland.class)).anyMatch(e -> e.belangstelling().waarde().equals(id));
    assertThat(html(WERKGEVER_AM25, "/belangstelling/" + id)).contains("01-12-2026 10:00").contains("Kantine");

    mvc.perform(post("/regioloket/taken/" + id + "/uitkomst").param("uitkomst", "MATCH").param("versie", "2")
            .with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("melding", "bemiddeling.uitkomst.vastgelegd"));
    assertThat(statusVan(id)).isEqualTo(BelangstellingStatus.MATCH);
    assertThat(bemiddeling.aantal("AM25", BelangstellingStatus.MATCH)).isPositive();

    // elke stap staat in het verwerkingenlog
    assertThat(audit.voorBetrokkene("belangstelling", id.toString())).hasSizeGreaterThanOrEqualTo(4);

    // opruimen: de toestemming geldt alleen in deze test
    kandidaatService.trekIdentiteitstoestemmingIn(new KandidaatId(kandidaat.id()), b.werkgeverOrganisatie(), "test");
  }

  @Test
  void bijNeeZietDeWerkgeverAlleenDatDeKandidaatNietIngaat() throws Exception {
    String code = vrijProfiel(Set.of());
    KandidaatRij kandidaat = kandidaatService.vind(kandidaatVan(code));
    UUID id = toonBelangstelling(code, eigenOpenWerkplek());
    mvc.perform(post("/regioloket/taken/" + id + "/antwoord").param("antwoord", "nee").param("versie", "0")
            .with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(statusVan(id)).isEqualTo(BelangstellingStatus.KANDIDAAT_WEIGERT);
    assertThat(html(WERKGEVER_AM25, "/belangstelling/" + id)).contains("id=\"geweigerd\"").doesNotContain("id=\"contact\"");
    geenIdentiteitOpPaginasVanDeWerkgever(kandidaat, code, id);
    assertThat(kandidaten.contactVoorWerkgever(new KandidaatId(kandidaat.id()), organisatieVan("werkgever@am25"))).isEmpty();

    // na een nee kan er geen gesprek worden gepland
    mvc.perform(post("/regioloket/taken/" + id + "/gesprek").param("gesprekOp", "2026-12-01T10:00").param("online", "true")
            .param("versie", "1").with(REGIOLOKET_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("fouten"));
    assertThat(statusVan(id)).isEqualTo(BelangstellingStatus.KANDIDAAT_WEIGERT);
  }

  // --- toegang ---

  @Test
  void verzoekenBestaanNietVoorAndereRegiosEnAndereWerkgevers() throws Exception {
    String code = vrijProfiel(Set.of());
    UUID id = toonBelangstelling(code, eigenOpenWerkplek());
    mvc.perform(get("/belangstelling/" + id).with(WERKGEVER_AM01)).andExpect(status().isNotFound());
    mvc.perform(get("/regioloket/taken/" + id).with(REGIOLOKET_AM01)).andExpect(status().isNotFound());
    assertThat(html(WERKGEVER_AM01, "/belangstelling")).doesNotContain(id.toString());
    assertThat(html(REGIOLOKET_AM01, "/regioloket/taken")).doesNotContain(id.toString());
    mvc.perform(post("/regioloket/taken/" + id + "/antwoord").param("antwoord", "ja").param("versie", "0")
            .with(REGIOLOKET_AM01).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/belangstelling/" + id).with(BEMIDDELAAR_AM25)).andExpect(status().isNotFound());
    mvc.perform(get("/regioloket/taken").with(WERKGEVER_AM25)).andExpect(status().isForbidden());
    mvc.perform(get("/belangstelling").with(REGIOLOKET_AM25)).andExpect(status().isForbidden());

    // een andere werkgever in dezelfde regio
    UUID andere = jdbc.sql("select o.id from toegang.organisatie o join toegang.organisatie_regio r on r.organisatie_id = o.id "
            + "where o.type = 'WERKGEVER' and r.regiocode = 'AM25' and o.id <> ? limit 1")
        .param(organisatieVan("werkgever@am25")).query(UUID.class).single();
    HuidigeGebruiker anderWerkgever = new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), "ander@am25", "Ander", Rol.WERKGEVER,
        new OrganisatieId(andere), "Andere werkgever", OrganisatieType.WERKGEVER, List.of("AM25"));
    assertThatThrownBy(() -> bemiddeling.zichtbaar(anderWerkgever, new BelangstellingId(id))).isInstanceOf(NietGevondenException.class);
    assertThat(bemiddeling.eigenVerzoeken(anderWerkgever)).noneMatch(b -> b.id().waarde().equals(id));
  }

  @Test
  void eenWerkgeverKanGeenWerkplekVanEenAndereWerkgeverKiezenEnEenLeegBerichtWordtGeweigerd() throws Exception {
    String code = vrijProfiel(Set.of());
    Werkplek vreemd = werkgevers.openWerkplekken("AM25").stream()
        .filter(w -> !w.werkgeverId().equals(organisatieVan("werkgever@am25"))).findFirst().orElseThrow();
    mvc.perform(post("/belangstelling").param("profiel", code).param("werkplek", vreemd.id().toString()).param("bericht", "Hallo")
            .with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest());
    String html = mvc.perform(post("/belangstelling").param("profiel", code).param("werkplek", eigenOpenWerkplek().id().toString())
            .param("bericht", " ").with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("role=\"alert\"").contains("href=\"#bericht\"");
    mvc.perform(post("/belangstelling").param("profiel", "P-BESTAATNIET").param("werkplek", eigenOpenWerkplek().id().toString())
            .param("bericht", "Hallo").with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void takenlijstToontTeLateVerzoekenMetEenZichtbaarLabel() throws Exception {
    String code = vrijProfiel(Set.of());
    UUID id = toonBelangstelling(code, eigenOpenWerkplek());
    jdbc.sql("update bemiddeling.belangstelling set deadline = current_date - 3 where id = ?").param(id).update();
    String html = html(REGIOLOKET_AM25, "/regioloket/taken");
    int rij = html.indexOf(id.toString());
    assertThat(rij).isPositive();
    String tr = html.substring(html.lastIndexOf("<tr", rij), rij);
    assertThat(tr).contains("te-laat").contains("Termijn verstreken");
    assertThat(bemiddeling.aantalTeLaat("AM25")).isPositive();
  }

  @Test
  void eenTweedeVerzoekVoorHetzelfdeProfielEnDezelfdeWerkplekWordtGeweigerdOokGelijktijdig() throws Exception {
    String code = vrijProfiel(Set.of());
    Werkplek werkplek = eigenOpenWerkplek();
    // twee gelijktijdige aanvragen (bijv. twee tabbladen): precies één wordt vastgelegd
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<BemiddelingService.Resultaat>> uit = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      uit.add(pool.submit(() -> {
        start.await();
        return bemiddeling.toonBelangstelling(werkgever(), code, werkplek.id().waarde(), "Wij bieden een werkplek met begeleiding.");
      }));
    }
    start.countDown();
    List<BemiddelingService.Resultaat> resultaten = new ArrayList<>();
    for (var f : uit) resultaten.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
    pool.shutdown();
    assertThat(resultaten).filteredOn(r -> r instanceof BemiddelingService.Resultaat.Gelukt).hasSize(1);
    assertThat(resultaten).filteredOn(r -> r instanceof BemiddelingService.Resultaat.Afgekeurd a
        && "bemiddeling.fout.alLopend".equals(a.fouten().get("werkplek"))).hasSize(1);
    assertThat(jdbc.sql("select count(*) from bemiddeling.belangstelling where kandidaat_id = ? and werkplek_id = ?")
        .param(kandidaatVan(code).waarde()).param(werkplek.id().waarde()).query(Integer.class).single()).isEqualTo(1);

    // en via het formulier: een duidelijke, Nederlandse melding bij het veld
    String html = mvc.perform(post("/belangstelling").param("profiel", code).param("werkplek", werkplek.id().toString())
            .param("bericht", "Nog een keer").with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("role=\"alert\"").contains("Er loopt al een verzoek voor dit profiel en deze werkplek");
  }

  // --- stappen ---

  private void geenIdentiteitOpPaginasVanDeWerkgever(KandidaatRij k, String code, UUID id) throws Exception {
    List<String> paginas = new ArrayList<>();
    paginas.add(html(WERKGEVER_AM25, "/belangstelling"));
    paginas.add(html(WERKGEVER_AM25, "/belangstelling/" + id));
    paginas.add(html(WERKGEVER_AM25, "/bestand/" + code));
    paginas.add(html(WERKGEVER_AM25, "/belangstelling/nieuw?profiel=" + code));
    for (String p : paginas) {
      assertThat(p).doesNotContain(k.achternaam()).doesNotContain(k.id().toString()).doesNotContain("id=\"contact\"");
      if (k.email() != null) assertThat(p).doesNotContain(k.email());
      if (k.telefoon() != null) assertThat(p).doesNotContain(k.telefoon());
    }
  }

  private UUID toonBelangstelling(String code, Werkplek werkplek) throws Exception {
    String locatie = mvc.perform(post("/belangstelling").param("profiel", code).param("werkplek", werkplek.id().toString())
            .param("bericht", "Wij bieden een werkplek met begeleiding.").with(WERKGEVER_AM25).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    return UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
  }

  /** Een profiel dat werkgever@am25 ziet, zonder toestemming voor die werkgever en nog zonder verzoek. */
  private String vrijProfiel(Set<String> uitgesloten) throws Exception {
    UUID org = organisatieVan("werkgever@am25");
    Set<UUID> alGevraagd = new HashSet<>(jdbc.sql("select kandidaat_id from bemiddeling.belangstelling").query(UUID.class).list());
    JsonNode antwoord = json.readTree(html(WERKGEVER_AM25, "/api/v1/profielen?paginaGrootte=200"));
    for (JsonNode p : antwoord.path("_embedded").path("profielen")) {
      String code = p.get("profielcode").asString();
      if (uitgesloten.contains(code)) continue;
      KandidaatId k = kandidaatVan(code);
      if (!alGevraagd.contains(k.waarde()) && !kandidaatService.heeftIdentiteitstoestemming(k, org)) return code;
    }
    throw new AssertionError("geen vrij profiel in AM25");
  }

  private KandidaatId kandidaatVan(String code) {
    return kandidaten.kandidaatVoorProfielcode(werkgever(), code).orElseThrow();
  }

  private Werkplek eigenOpenWerkplek() {
    UUID org = organisatieVan("werkgever@am25");
    return werkgevers.openWerkplekken("AM25").stream().filter(w -> w.werkgeverId().equals(org)).findFirst().orElseThrow();
  }

  private BelangstellingStatus statusVan(UUID id) {
    return bemiddeling.zichtbaar(regioloket(), new BelangstellingId(id)).status();
  }

  private HuidigeGebruiker werkgever() {
    return new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), "werkgever@am25", "Werkgever", Rol.WERKGEVER,
        new OrganisatieId(organisatieVan("werkgever@am25")), "Werkgever", OrganisatieType.WERKGEVER, List.of("AM25"));
  }

  private HuidigeGebruiker regioloket() {
    return new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), "regioloket@am25", "Regioloket", Rol.REGIOLOKET,
        new OrganisatieId(organisatieVan("regioloket@am25")), "Regioloket", OrganisatieType.REGIOLOKET, List.of("AM25"));
  }

  private UUID organisatieVan(String gebruikersnaam) {
    return jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(UUID.class).single();
  }

  private String html(RequestPostProcessor wie, String pad) throws Exception {
    return mvc.perform(get(pad).with(wie)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
