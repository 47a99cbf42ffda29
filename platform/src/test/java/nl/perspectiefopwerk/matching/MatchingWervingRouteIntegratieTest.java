package nl.perspectiefopwerk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;
import nl.perspectiefopwerk.bemiddeling.Belangstellingssoort;
import nl.perspectiefopwerk.bemiddeling.BemiddelingService;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.IntakeUitkomst;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.KandidaatService;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Grote werving naar de route: een geaccepteerd voorstel wordt per paar een belangstelling (soort GROTE_WERVING) alsof
 * de werkgever die toonde, als taak bij het regioloket en achter dezelfde toestemmingspoort. Eigen regio (AM17), zodat
 * andere tests (gedeelde database) dit niet raken; er wordt nergens op totalen van de hele database gerekend.
 */
@PlatformTest
class MatchingWervingRouteIntegratieTest {

  private static final String REGIO = "AM17";
  private static final String REGIOLOKET = "regioloket@am17";
  private static final String WERKGEVER = "werkgever@am17";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Indexbeheer beheer;
  @Autowired MatchingService service;
  @Autowired BemiddelingService bemiddeling;
  @Autowired KandidaatApi kandidaatApi;
  @Autowired KandidaatService kandidaatService;
  @Autowired WerkgeverApi werkgeverApi;

  @Test
  void geaccepteerdVoorstelWordtBelangstellingPerPaarAlsTaakVoorHetRegioloket() throws Exception {
    HuidigeGebruiker loket = gebruiker(REGIOLOKET, Rol.REGIOLOKET, OrganisatieType.REGIOLOKET);
    List<UUID> gekozen = werkgeverApi.openWerkplekken(REGIO).stream().filter(w -> werkgeverApi.isGescreend(w.werkgeverId())).limit(6)
        .map(w -> w.id().waarde()).toList();
    assertThat(gekozen).isNotEmpty();
    MatchingService.Voorstel voorstel = service.berekenVoorstel(loket, gekozen, 1);
    assertThat(voorstel.regels()).isNotEmpty();
    List<String> paren = voorstel.regels().stream().map(r -> r.werkplekId() + ":" + r.kandidaatId()).toList();
    // Paren waarvoor (bijvoorbeeld uit demogegevens) al een lopende belangstelling bestaat, worden overgeslagen.
    long alLopend = voorstel.regels().stream().filter(r -> lopend(r.kandidaatId(), r.werkplekId())).count();

    String naam = "Werving route " + UUID.randomUUID();
    var accepteer = post("/matching/werving/accepteren").with(rol(REGIOLOKET, "REGIOLOKET")).with(csrf())
        .param("blootstelling", "1").param("naam", naam);
    for (UUID g : gekozen) accepteer.param("werkplek", g.toString());
    for (String p : paren) accepteer.param("paar", p);
    Object flash = mvc.perform(accepteer).andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("acceptatie");
    MatchingService.Acceptatie acceptatie = (MatchingService.Acceptatie) flash;
    assertThat(acceptatie.belangstellingen()).isEqualTo(paren.size() - (int) alLopend).isPositive();
    assertThat(acceptatie.overgeslagen()).hasSize((int) alLopend)
        .allSatisfy(o -> assertThat(o.reden()).isEqualTo("bemiddeling.werving.reden.alLopend"));

    // Elk voorstelpaar verwijst naar zijn belangstelling (of heeft een reden).
    List<Map<String, Object>> rijen = jdbc.sql("""
        select p.werkplek_id, p.kandidaat_id, p.belangstelling_id, p.overgeslagen_reden
        from matching.voorstel_paar p join matching.voorstel v on v.id = p.voorstel_id where v.naam = ?""").param(naam)
        .query().listOfRows();
    assertThat(rijen).hasSize(paren.size());
    List<BelangstellingId> ids = new ArrayList<>();
    for (Map<String, Object> r : rijen) {
      if (r.get("belangstelling_id") == null) {
        assertThat(r.get("overgeslagen_reden")).isEqualTo("bemiddeling.werving.reden.alLopend");
        continue;
      }
      assertThat(r.get("overgeslagen_reden")).isNull();
      BelangstellingId id = new BelangstellingId((UUID) r.get("belangstelling_id"));
      ids.add(id);
      Belangstelling b = bemiddeling.zichtbaar(loket, id);
      assertThat(b.soort()).isEqualTo(Belangstellingssoort.GROTE_WERVING);
      assertThat(b.status()).isEqualTo(BelangstellingStatus.AANGEVRAAGD);
      assertThat(b.werkplek().waarde()).isEqualTo(r.get("werkplek_id"));
      assertThat(b.kandidaat().waarde()).isEqualTo(r.get("kandidaat_id"));
      // Alsof de werkgever zelf belangstelling toonde: hij is aanvrager, met zijn eigen profielcode.
      assertThat(b.aanvragerOrganisatie()).isEqualTo(b.werkgeverOrganisatie());
      assertThat(b.profielcode()).isEqualTo(kandidaatApi.profielcodeVoorOrganisatie(b.kandidaat(), b.werkgeverOrganisatie()));
      assertThat(b.aangevraagdDoor()).isEqualTo(REGIOLOKET);
      assertThat(b.bericht()).contains(naam);
      // Het gewone verwerkingenlog van de route.
      assertThat(jdbc.sql("""
          select count(*) from audit.verwerking where verwerkingsactiviteit = 'bemiddeling-belangstelling'
          and betrokkene_id = ? and handeling = 'aanmaken'""").param(id.toString()).query(Long.class).single()).isEqualTo(1L);
    }
    assertThat(ids).hasSize(acceptatie.belangstellingen());

    // De taken van het regioloket.
    assertThat(bemiddeling.taken(loket).stream().map(Belangstelling::id).toList()).containsAll(ids);
    mvc.perform(get("/regioloket/taken").with(rol(REGIOLOKET, "REGIOLOKET"))).andExpect(status().isOk())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Grote werving (voorgesteld door het regioloket)"));

    // De wervingspagina na het accepteren en de lijst van voorstellen.
    String pagina = mvc.perform(get("/matching/werving").with(rol(REGIOLOKET, "REGIOLOKET")).flashAttr("acceptatie", acceptatie))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(pagina).contains("id=\"belangstellingen-aangemaakt\"").contains("aangemaakt in de route").contains("href=\"/regioloket/taken\"")
        .contains(naam);
    assertThat(service.voorstellen(loket)).filteredOn(v -> v.naam().equals(naam)).singleElement()
        .satisfies(v -> assertThat(v.belangstellingen()).isEqualTo(acceptatie.belangstellingen()));
  }

  @Test
  void werkgeverZietAlleenDeProfielcodeTotDeKandidaatJaZegtEnHetzelfdePaarOpnieuwWordtOvergeslagen() throws Exception {
    HuidigeGebruiker loket = gebruiker(REGIOLOKET, Rol.REGIOLOKET, OrganisatieType.REGIOLOKET);
    HuidigeGebruiker werkgever = gebruiker(WERKGEVER, Rol.WERKGEVER, OrganisatieType.WERKGEVER);
    UUID org = werkgever.organisatieId().waarde();
    assertThat(werkgeverApi.isGescreend(org)).as("demowerkgever gescreend").isTrue();
    Werkplek w = werkgeverApi.openWerkplekken(REGIO).stream().filter(x -> x.werkgeverId().equals(org)).findFirst().orElseThrow();
    String achternaam = "Wervingstest" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String[] bsn = new String[1];
    KandidaatId kandidaat = nieuweKandidaatVoor(w, achternaam, bsn);
    MatchWerkplek mw = beheer.naarWerkplek(w);
    wachtTot(() -> beheer.index().kandidatenVoor(mw, 10_000).stream().anyMatch(t -> t.id().equals(kandidaat.waarde())), 10_000);
    String paar = w.id().waarde() + ":" + kandidaat.waarde();

    MatchingService.Acceptatie eerste = service.accepteer(loket, "Werving één paar " + UUID.randomUUID(), List.of(w.id().waarde()), 1, List.of(paar));
    assertThat(eerste.belangstellingen()).isEqualTo(1);
    assertThat(eerste.overgeslagen()).isEmpty();
    UUID id = jdbc.sql("select belangstelling_id from matching.voorstel_paar where voorstel_id = ?").param(eerste.voorstel())
        .query(UUID.class).single();
    Belangstelling b = bemiddeling.zichtbaar(loket, new BelangstellingId(id));
    String code = b.profielcode();
    assertThat(code).matches("P-[A-Z0-9x]{4}-[A-Z0-9x]{4}");

    // De werkgever ziet het verzoek in zijn eigen verzoeken, met alleen de profielcode.
    assertThat(bemiddeling.eigenVerzoeken(werkgever).stream().map(Belangstelling::id).toList()).contains(b.id());
    assertThat(bemiddeling.contact(werkgever, b)).isEmpty();
    String lijst = mvc.perform(get("/belangstelling").with(rol(WERKGEVER, "WERKGEVER"))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(lijst).contains(code).contains("Grote werving (voorgesteld door het regioloket)").doesNotContain(achternaam).doesNotContain(bsn[0])
        .doesNotContain(kandidaat.waarde().toString());
    String detail = mvc.perform(get("/belangstelling/{id}", id).with(rol(WERKGEVER, "WERKGEVER"))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(detail).contains(code).contains("Grote werving (voorgesteld door het regioloket)").doesNotContain(achternaam).doesNotContain(bsn[0])
        .doesNotContain("id=\"contact\"");

    // Pas na een ja met toestemming (via het regioloket) komt de identiteit bij deze werkgever.
    assertThat(bemiddeling.legAntwoordVast(loket, b.id(), true, b.versie())).isEmpty();
    Belangstelling na = bemiddeling.zichtbaar(werkgever, b.id());
    assertThat(bemiddeling.contact(werkgever, na)).hasValueSatisfying(c -> assertThat(c.naam()).contains(achternaam));

    // Hetzelfde paar opnieuw: de route loopt nog (KANDIDAAT_AKKOORD), dus overgeslagen met reden, de rest van het voorstel gaat door.
    MatchingService.Acceptatie tweede = service.accepteer(loket, "Werving herhaald " + UUID.randomUUID(), List.of(w.id().waarde()), 1, List.of(paar));
    assertThat(tweede.belangstellingen()).isZero();
    assertThat(tweede.overgeslagen()).singleElement().satisfies(o -> {
      assertThat(o.reden()).isEqualTo("bemiddeling.werving.reden.alLopend");
      assertThat(o.werkplek()).isEqualTo(w.titel());
      assertThat(o.profielcode()).isEqualTo(kandidaatApi.profielcode(kandidaat, loket));
    });
    Map<String, Object> rij = jdbc.sql("select belangstelling_id, overgeslagen_reden from matching.voorstel_paar where voorstel_id = ?")
        .param(tweede.voorstel()).query().singleRow();
    assertThat(rij.get("belangstelling_id")).isNull();
    assertThat(rij.get("overgeslagen_reden")).isEqualTo("bemiddeling.werving.reden.alLopend");
    assertThat(jdbc.sql("select count(*) from bemiddeling.belangstelling where kandidaat_id = ? and werkplek_id = ?")
        .param(kandidaat.waarde()).param(w.id().waarde()).query(Long.class).single()).isEqualTo(1L);
    String pagina = mvc.perform(get("/matching/werving").with(rol(REGIOLOKET, "REGIOLOKET")).flashAttr("acceptatie", tweede))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(pagina).contains("id=\"overgeslagen\"").contains("Er loopt al een belangstelling voor deze kandidaat en deze werkplek")
        .contains(o(tweede).profielcode());

    // De soort GROTE_WERVING is niet zelf te kiezen door een werkgever.
    assertThat(bemiddeling.toonBelangstelling(werkgever, code, w.id().waarde(), "Graag kennismaken", Belangstellingssoort.GROTE_WERVING))
        .isInstanceOf(BemiddelingService.Resultaat.Afgekeurd.class);
  }

  // ------------------------------------------------------------ hulp

  private static MatchingService.Overgeslagen o(MatchingService.Acceptatie a) {
    return a.overgeslagen().getFirst();
  }

  private boolean lopend(UUID kandidaat, UUID werkplek) {
    return jdbc.sql("""
        select count(*) from bemiddeling.belangstelling where kandidaat_id = ? and werkplek_id = ?
        and status in ('AANGEVRAAGD', 'KANDIDAAT_AKKOORD', 'GESPREK_GEPLAND', 'VERVOLG')""")
        .param(kandidaat).param(werkplek).query(Long.class).single() > 0;
  }

  private HuidigeGebruiker gebruiker(String naam, Rol rol, OrganisatieType type) {
    UUID org = jdbc.sql("select organisatie_id from toegang.gebruiker where gebruikersnaam = ?").param(naam).query(UUID.class).single();
    return new HuidigeGebruiker(new GebruikerId(UUID.randomUUID()), naam, naam, rol, new OrganisatieId(org), naam, type, List.of(REGIO));
  }

  private KandidaatId nieuweKandidaatVoor(Werkplek w, String achternaam, String[] bsnUit) {
    String wpPc4 = w.postcode().replace(" ", "").substring(0, 4);
    for (int poging = 0; poging < 20; poging++) {
      String bsn = bsn();
      IntakeGegevens g = new IntakeGegevens("Wervings", achternaam, bsn, LocalDate.of(1991, 2, 3), "Straat", "1", wpPc4 + " AA", "Plaats",
          null, null, Set.of(), Opleidingsniveau.WO, true, List.of(w.beroepId()), w.vaardigheden(), List.of("nl"), true, 40, 250,
          LocalDate.now().minusDays(1), List.of(Werkvorm.REGULIER, Werkvorm.LEERWERKPLEK, Werkvorm.BASISBAAN), null, null);
      if (kandidaatApi.neemIn(g, new KandidaatApi.Herkomst(null, "test", null, "test")) instanceof IntakeUitkomst.Aangemaakt a) {
        kandidaatService.beoordeelWerkfit(a.id(), kandidaatService.nieuweBeoordeling(WerkfitGraad.WERKFIT,
            List.of(Werkvorm.REGULIER, Werkvorm.LEERWERKPLEK, Werkvorm.BASISBAAN), List.of(), null, "test"));
        kandidaatService.geefBestandstoestemming(a.id(), Toestemming.Wijze.DOOR_KANDIDAAT, "test");
        bsnUit[0] = bsn;
        return a.id();
      }
    }
    throw new AssertionError("intake mislukt");
  }

  /** Een willekeurig BSN dat de elfproef doorstaat (reeks 7xxxxxxxx). */
  private static String bsn() {
    while (true) {
      String acht = "7" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
      int som = 0;
      for (int i = 0; i < 8; i++) som += (9 - i) * (acht.charAt(i) - '0');
      int controle = som % 11;
      if (controle <= 9) return acht + controle;
    }
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
}
