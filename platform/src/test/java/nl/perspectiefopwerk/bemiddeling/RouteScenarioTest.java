package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.werkgever.Uitkomst;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.WerkgeverService;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekGegevens;
import nl.perspectiefopwerk.werkgever.Werkplektype;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * De route als verhaal in regio AM05, in kleine benoemde stappen: een werkgever stelt een werkplek open, vindt een
 * anoniem profiel en nodigt direct uit; het regioloket legt het ja met toestemming vast, plant het gesprek en legt
 * de match en de plaatsing vast; de kandidaat verlaat het bestand; de jobcoach volgt de nazorg tot duurzaam. En de
 * andere afloop: uitval, en terug in het bestand.
 */
@PlatformTest
@RecordApplicationEvents
class RouteScenarioTest {

  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  @Autowired JdbcClient jdbc;
  @Autowired KandidaatApi kandidaten;
  @Autowired WerkgeverApi werkgevers;
  @Autowired WerkgeverService werkgeverService;
  @Autowired BemiddelingService bemiddeling;
  @Autowired PlaatsingService plaatsingen;
  @Autowired BemiddelingApi cijfers;
  @Autowired AuditApi audit;
  @Autowired ApplicationEvents events;

  RouteFixture route;

  // toestand van het verhaal
  Werkplek werkplek;
  String profielcode;
  KandidaatId kandidaat;
  BelangstellingId verzoek;
  PlaatsingId plaatsing;

  @BeforeEach
  void regio() {
    route = new RouteFixture("AM05", jdbc, kandidaten, werkgevers, bemiddeling);
  }

  @Test
  void vanWerkplekTotDuurzamePlaatsing() {
    LocalDate start = LocalDate.now(TIJDZONE).minusMonths(6).minusDays(2);
    Maandcijfers voor = maand(YearMonth.from(start));
    Maandcijfers voorVandaag = maand(YearMonth.now(TIJDZONE));

    deWerkgeverStelteenWerkplekOpen();
    deWerkgeverVindtEenAnoniemProfiel();
    deWerkgeverNodigtDeKandidaatDirectUit();
    deWerkgeverZietNogNietWieHetIs();
    hetRegioloketLegtHetJaMetToestemmingVast();
    hetRegioloketPlantHetGesprekEnLegtDeMatchVast();
    hetRegioloketLegtDePlaatsingVast(start);
    deKandidaatStaatNietMeerInHetBestand();
    deJobcoachLegtDeNazorgVastTotDuurzaam();
    deCijfersTellenDePlaatsingOpDeStartdatumEnDuurzaamOpVandaag(voor, voorVandaag, start);
  }

  @Test
  void uitvalBeeindigtDePlaatsingEnDeKandidaatKomtTerugInHetBestand() {
    verzoek = route.inStatus(BelangstellingStatus.MATCH);
    kandidaat = bemiddeling.zichtbaar(route.regioloket(), verzoek).kandidaat();
    hetRegioloketLegtDePlaatsingVast(LocalDate.now(TIJDZONE).minusMonths(2));
    deKandidaatStaatNietMeerInHetBestand();

    Map<String, String> fouten = plaatsingen.legContactVast(route.jobcoach(), plaatsing, 1, Nazorgstatus.UITGEVALLEN, "Werk te zwaar",
        "Gesprek met de leidinggevende", true, 0);

    assertThat(fouten).isEmpty();
    Plaatsing p = plaatsingen.zichtbaar(route.regioloket(), plaatsing);
    assertThat(p.status()).isEqualTo(PlaatsingStatus.BEEINDIGD);
    assertThat(p.terugInBestand()).isTrue();
    assertThat(plaatsingen.contacten(plaatsing)).extracting(Nazorgcontact::status)
        .containsExactly(Nazorgstatus.UITGEVALLEN, Nazorgstatus.VERVALLEN, Nazorgstatus.VERVALLEN);
    assertThat(events.stream(PlaatsingBeeindigd.class).filter(e -> e.plaatsing().equals(plaatsing))).singleElement()
        .satisfies(e -> assertThat(e.terugInBestand()).isTrue());
    assertThat(kandidatenInBestand()).contains(kandidaat);
    assertThat(plaatsingen.werklijst(route.regioloket())).noneMatch(c -> c.plaatsing().equals(plaatsing));
  }

  // --- de stappen ---

  void deWerkgeverStelteenWerkplekOpen() {
    Werkplek voorbeeld = route.eigenOpenWerkplek();
    var gegevens = new WerkplekGegevens(null, Werkplektype.LEERWERKPLEK, "Leerling magazijn", voorbeeld.beroepNaam(), null, 24,
        voorbeeld.postcode(), LocalDate.now(TIJDZONE).plusWeeks(1), 1, null, "Nederlands", false, true, "Vaste werkplek",
        List.of(Instrument.JOBCOACHING));
    werkplek = ((Uitkomst.Gelukt<Werkplek>) werkgeverService.maakWerkplek(route.werkgever(), gegevens)).waarde();
    assertThat(werkplek.regiocode()).isEqualTo("AM05");
  }

  void deWerkgeverVindtEenAnoniemProfiel() {
    profielcode = route.vrijProfiel();
    kandidaat = kandidaten.kandidaatVoorProfielcode(route.werkgever(), profielcode).orElseThrow();
  }

  void deWerkgeverNodigtDeKandidaatDirectUit() {
    var r = bemiddeling.toonBelangstelling(route.werkgever(), profielcode, werkplek.id().waarde(), "Kom eens kijken op de werkvloer.",
        Belangstellingssoort.UITNODIGING);
    verzoek = ((BemiddelingService.Resultaat.Gelukt) r).id();
    Belangstelling b = bemiddeling.zichtbaar(route.regioloket(), verzoek);
    assertThat(b.soort()).isEqualTo(Belangstellingssoort.UITNODIGING);
    assertThat(b.status()).isEqualTo(BelangstellingStatus.AANGEVRAAGD);
  }

  void deWerkgeverZietNogNietWieHetIs() {
    HuidigeGebruiker w = route.werkgever();
    assertThat(bemiddeling.contact(w, bemiddeling.zichtbaar(w, verzoek))).isEmpty();
  }

  void hetRegioloketLegtHetJaMetToestemmingVast() {
    assertThat(bemiddeling.legAntwoordVast(route.regioloket(), verzoek, true, 0)).isEmpty();
    HuidigeGebruiker w = route.werkgever();
    assertThat(bemiddeling.contact(w, bemiddeling.zichtbaar(w, verzoek))).isPresent();
  }

  void hetRegioloketPlantHetGesprekEnLegtDeMatchVast() {
    assertThat(bemiddeling.planGesprek(route.regioloket(), verzoek, LocalDateTime.now(TIJDZONE).minusHours(2).withNano(0), "Magazijn", false, 1))
        .isEmpty();
    assertThat(bemiddeling.legUitkomstVast(route.regioloket(), verzoek, BelangstellingStatus.MATCH, null, 2)).isEmpty();
  }

  void hetRegioloketLegtDePlaatsingVast(LocalDate start) {
    var r = plaatsingen.plaats(route.regioloket(), verzoek, new PlaatsingGegevens(start, Werkplektype.LEERWERKPLEK,
        Contractvorm.LEERWERKOVEREENKOMST, 24, List.of(Instrument.JOBCOACHING), "Maatje op de werkvloer", route.account("jobcoach"),
        "BBL niveau 1"));
    plaatsing = ((PlaatsingService.Resultaat.Gelukt) r).id();
    Plaatsing p = plaatsingen.zichtbaar(route.jobcoach(), plaatsing);
    assertThat(p.status()).isEqualTo(PlaatsingStatus.GESTART);
    assertThat(plaatsingen.contacten(plaatsing)).extracting(Nazorgcontact::maand).containsExactly(1, 3, 6);
    assertThat(events.stream(PlaatsingGestart.class).filter(e -> e.plaatsing().equals(plaatsing))).singleElement()
        .satisfies(e -> assertThat(e.startdatum()).isEqualTo(start));
    assertThat(audit.voorBetrokkene("plaatsing", plaatsing.toString())).isNotEmpty();
  }

  void deKandidaatStaatNietMeerInHetBestand() {
    assertThat(kandidatenInBestand()).doesNotContain(kandidaat);
  }

  void deJobcoachLegtDeNazorgVastTotDuurzaam() {
    HuidigeGebruiker coach = route.jobcoach();
    assertThat(plaatsingen.werklijst(coach)).anyMatch(c -> c.plaatsing().equals(plaatsing) && c.maand() == 1);
    assertThat(plaatsingen.legContactVast(coach, plaatsing, 1, Nazorgstatus.IN_WERK, null, "Begeleiding op de werkvloer", false, 0)).isEmpty();
    assertThat(plaatsingen.legContactVast(coach, plaatsing, 3, Nazorgstatus.IN_WERK, null, "Evaluatie", false, 1)).isEmpty();
    assertThat(plaatsingen.zichtbaar(coach, plaatsing).status()).isEqualTo(PlaatsingStatus.GESTART);
    assertThat(plaatsingen.legContactVast(coach, plaatsing, 6, Nazorgstatus.IN_WERK, null, "Afronding", false, 2)).isEmpty();
    Plaatsing p = plaatsingen.zichtbaar(coach, plaatsing);
    assertThat(p.status()).isEqualTo(PlaatsingStatus.DUURZAAM);
    assertThat(p.duurzaamOp()).isEqualTo(LocalDate.now(TIJDZONE));
    assertThat(events.stream(PlaatsingDuurzaam.class).filter(e -> e.plaatsing().equals(plaatsing))).hasSize(1);
    assertThat(plaatsingen.werklijst(coach)).noneMatch(c -> c.plaatsing().equals(plaatsing));
    // een duurzame kandidaat blijft uit het bestand
    deKandidaatStaatNietMeerInHetBestand();
  }

  void deCijfersTellenDePlaatsingOpDeStartdatumEnDuurzaamOpVandaag(Maandcijfers voor, Maandcijfers voorVandaag, LocalDate start) {
    Maandcijfers na = maand(YearMonth.from(start));
    Maandcijfers naVandaag = maand(YearMonth.now(TIJDZONE));
    assertThat(na.plaatsingen()).isEqualTo(voor.plaatsingen() + 1);
    assertThat(naVandaag.belangstellingen()).isEqualTo(voorVandaag.belangstellingen() + 1);
    assertThat(naVandaag.eersteGesprekken()).isEqualTo(voorVandaag.eersteGesprekken() + 1);
    assertThat(naVandaag.duurzamePlaatsingen()).isEqualTo(voorVandaag.duurzamePlaatsingen() + 1);
    assertThat(cijfers.maandcijfersPerRegio(YearMonth.from(start), YearMonth.now(TIJDZONE))).containsKey("AM05");
  }

  private Maandcijfers maand(YearMonth m) {
    return cijfers.maandcijfers("AM05", m, m).getFirst();
  }

  private List<KandidaatId> kandidatenInBestand() {
    HuidigeGebruiker loket = route.regioloket();
    return kandidaten.zoekInBestand(loket, Zoekfilter.leeg(), new PaginaVerzoek(1, 200)).items().stream()
        .map(p -> kandidaten.kandidaatVoorProfielcode(loket, p.profielcode()).orElseThrow()).toList();
  }
}
