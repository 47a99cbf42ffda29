package nl.perspectiefopwerk.bemiddeling.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;
import nl.perspectiefopwerk.bemiddeling.Belangstellingssoort;
import nl.perspectiefopwerk.bemiddeling.BemiddelingProperties;
import nl.perspectiefopwerk.bemiddeling.Contractvorm;
import nl.perspectiefopwerk.bemiddeling.Matchingevent;
import nl.perspectiefopwerk.bemiddeling.MatchingeventId;
import nl.perspectiefopwerk.bemiddeling.Matchingeventtype;
import nl.perspectiefopwerk.bemiddeling.Nazorgstatus;
import nl.perspectiefopwerk.bemiddeling.Plaatsing;
import nl.perspectiefopwerk.bemiddeling.PlaatsingId;
import nl.perspectiefopwerk.bemiddeling.PlaatsingStatus;
import nl.perspectiefopwerk.bemiddeling.domain.Nazorg;
import nl.perspectiefopwerk.bemiddeling.domain.Termijn;
import nl.perspectiefopwerk.bemiddeling.persistence.BelangstellingRepository;
import nl.perspectiefopwerk.bemiddeling.persistence.MatchingeventRepository;
import nl.perspectiefopwerk.bemiddeling.persistence.PlaatsingRepository;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * De hele route in één demoregio (AM12, accounts regioloket@am12, coordinator@am12, jobcoach@am12, werkgever@am12):
 * verzoeken in elke status met data over de afgelopen maanden, plaatsingen met nazorg (twee duurzaam, één
 * uitgevallen en terug in het bestand, één met een te laat contact, één lopend) en één banenmarkt met een
 * vervolggesprek. De andere regio's hebben de verzoeken van {@link BemiddelingDemoData}. Idempotent: een regio met
 * plaatsingen wordt overgeslagen.
 */
@Component
@Profile("demo")
class RouteDemoData implements DemoDataBijdrager {

  static final String REGIO = "AM12";
  private static final Logger log = LoggerFactory.getLogger(RouteDemoData.class);
  private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  private final BelangstellingRepository belangstellingen;
  private final PlaatsingRepository plaatsingen;
  private final MatchingeventRepository events;
  private final KandidaatApi kandidaten;
  private final WerkgeverApi werkgevers;
  private final ToegangApi toegang;
  private final BemiddelingProperties properties;
  private final TransactionTemplate transactie;

  RouteDemoData(BelangstellingRepository belangstellingen, PlaatsingRepository plaatsingen, MatchingeventRepository events,
      KandidaatApi kandidaten, WerkgeverApi werkgevers, ToegangApi toegang, BemiddelingProperties properties,
      TransactionTemplate transactie) {
    this.belangstellingen = belangstellingen;
    this.plaatsingen = plaatsingen;
    this.events = events;
    this.kandidaten = kandidaten;
    this.werkgevers = werkgevers;
    this.toegang = toegang;
    this.properties = properties;
    this.transactie = transactie;
  }

  @Override
  public int volgorde() {
    return 410;
  }

  /** Eén verzoek in de demo: hoe lang geleden aangevraagd, tot welke status, en of er een plaatsing uit volgt. */
  private record Stap(int dagenGeleden, BelangstellingStatus status, Integer startMaandenGeleden, String verloop) {}

  private static final List<Stap> STAPPEN = List.of(
      new Stap(3, BelangstellingStatus.KANDIDAAT_AKKOORD, null, null),
      new Stap(12, BelangstellingStatus.INGETROKKEN, null, null),
      new Stap(40, BelangstellingStatus.GEEN_MATCH, null, null),
      new Stap(20, BelangstellingStatus.VERVOLG, null, null),
      new Stap(15, BelangstellingStatus.MATCH, null, null),
      new Stap(265, BelangstellingStatus.MATCH, 8, "duurzaam"),
      new Stap(230, BelangstellingStatus.MATCH, 7, "duurzaam"),
      new Stap(150, BelangstellingStatus.MATCH, 4, "uitval"),
      new Stap(170, BelangstellingStatus.MATCH, 5, "lopend"),
      new Stap(90, BelangstellingStatus.MATCH, 2, "teLaat"));

  @Override
  public void vulAan() {
    long start = System.nanoTime();
    Integer aantal = transactie.execute(s -> vul());
    log.info("Demodata route ({}): {} plaatsingen in {} ms", REGIO, aantal, (System.nanoTime() - start) / 1_000_000);
  }

  private int vul() {
    if (plaatsingen.aantalInRegio(REGIO) > 0) return 0;
    Optional<Organisatie> werkgever = toegang.organisatiesInRegio(REGIO).stream()
        .filter(o -> o.type() == OrganisatieType.WERKGEVER && !o.naam().startsWith("Nieuw Aangemeld "))
        .filter(o -> !eigenOpen(o).isEmpty()).findFirst();
    Optional<Organisatie> loket = toegang.organisatiesInRegio(REGIO).stream().filter(o -> o.type() == OrganisatieType.REGIOLOKET).findFirst();
    if (werkgever.isEmpty() || loket.isEmpty()) return 0;
    Organisatie o = werkgever.get();
    List<Werkplek> open = eigenOpen(o);
    HuidigeGebruiker kijker = kijker(Rol.WERKGEVER, o);
    List<AnoniemProfiel> profielen = kandidaten.zoekInBestand(kijker, Zoekfilter.leeg(), new PaginaVerzoek(1, 40)).items();
    List<String> vrij = new ArrayList<>();
    for (AnoniemProfiel p : profielen) vrij.add(p.profielcode());
    vrij.removeIf(code -> belangstellingen.vanOrganisatie(o.id().waarde()).stream().anyMatch(b -> b.profielcode().equals(code)));
    LocalDate vandaag = LocalDate.now(TIJDZONE);
    String door = "werkgever@" + REGIO.toLowerCase(Locale.ROOT);
    int geplaatst = 0;
    int i = 0;
    for (Stap stap : STAPPEN) {
      if (i >= vrij.size()) break;
      String code = vrij.get(i++);
      Optional<KandidaatId> k = kandidaten.kandidaatVoorProfielcode(kijker, code);
      if (k.isEmpty()) continue;
      Werkplek w = open.get(i % open.size());
      LocalDate aangevraagd = vandaag.minusDays(stap.dagenGeleden());
      Belangstelling b = verzoek(k.get(), code, w, o, door, aangevraagd, Belangstellingssoort.BELANGSTELLING, null);
      doorloop(b, stap.status(), aangevraagd);
      if (stap.startMaandenGeleden() != null) {
        plaats(b, w, vandaag.minusMonths(stap.startMaandenGeleden()), stap.verloop(), vandaag);
        geplaatst++;
      }
    }
    matchingevent(o, loket.get(), open, vandaag);
    return geplaatst;
  }

  private List<Werkplek> eigenOpen(Organisatie o) {
    return werkgevers.openWerkplekken(REGIO).stream().filter(w -> w.werkgeverId().equals(o.id().waarde())).toList();
  }

  private Belangstelling verzoek(KandidaatId k, String code, Werkplek w, Organisatie o, String door, LocalDate aangevraagd,
      Belangstellingssoort soort, MatchingeventId event) {
    Belangstelling b = new Belangstelling(BelangstellingId.nieuw(), REGIO, k, code, w.id(), w.werkgeverId(), o.id().waarde(), door,
        "Wij maken graag kennis; een vaste collega begeleidt de eerste weken.", BelangstellingStatus.AANGEVRAAGD,
        Termijn.deadline(aangevraagd, properties.termijnWerkdagen()), null, null, null, false, null, null,
        aangevraagd.atTime(9, 30).atZone(TIJDZONE).toInstant(), 0, soort, null, event);
    belangstellingen.voegToe(b);
    return b;
  }

  /** Brengt een verzoek langs de echte stappen van de route tot de gevraagde status (met toestemming bij een ja). */
  private void doorloop(Belangstelling b, BelangstellingStatus doel, LocalDate aangevraagd) {
    if (doel == BelangstellingStatus.AANGEVRAAGD) return;
    if (doel == BelangstellingStatus.INGETROKKEN) {
      belangstellingen.wijzigStatus(b.id(), 0, BelangstellingStatus.AANGEVRAAGD, BelangstellingStatus.INGETROKKEN);
      return;
    }
    belangstellingen.legAntwoordVast(b.id(), 0, BelangstellingStatus.AANGEVRAAGD, BelangstellingStatus.KANDIDAAT_AKKOORD, "JA_MET_TOESTEMMING");
    kandidaten.geefIdentiteitstoestemmingOpPapier(b.kandidaat(), b.werkgeverOrganisatie(), "demo");
    if (doel == BelangstellingStatus.KANDIDAAT_AKKOORD) return;
    Instant gesprek = aangevraagd.plusDays(4 + Math.abs(b.id().hashCode()) % 9).atTime(10, 0).atZone(TIJDZONE).toInstant();
    belangstellingen.planGesprek(b.id(), 1, BelangstellingStatus.KANDIDAAT_AKKOORD, gesprek, "Op de werkvloer", false);
    String reden = doel == BelangstellingStatus.GEEN_MATCH ? "De werktijden passen niet bij de zorg voor de kinderen." : null;
    belangstellingen.legUitkomstVast(b.id(), 2, BelangstellingStatus.GESPREK_GEPLAND, doel, reden);
  }

  private void plaats(Belangstelling b, Werkplek w, LocalDate start, String verloop, LocalDate vandaag) {
    Plaatsing p = new Plaatsing(PlaatsingId.nieuw(), b.id(), REGIO, b.kandidaat(), w.id(), w.werkgeverId(), start, w.type(),
        Contractvorm.ARBEIDSOVEREENKOMST_BEPAALDE_TIJD, w.urenPerWeek(), List.of(Instrument.JOBCOACHING, Instrument.NO_RISK_POLIS),
        "Vaste collega als maatje; eerste maand vier dagen per week.", "jobcoach@" + REGIO.toLowerCase(Locale.ROOT), null,
        PlaatsingStatus.GESTART, null, null, null, null, 0);
    List<Nazorg.Moment> momenten = Nazorg.plan(start, properties.nazorgMaanden());
    plaatsingen.voegToe(p, momenten, "regioloket@" + REGIO.toLowerCase(Locale.ROOT));
    kandidaten.plaatsingGestart(b.kandidaat(), start);
    String coach = p.jobcoach();
    int versie = 0;
    for (Nazorg.Moment m : momenten) {
      boolean voorbij = !m.geplandOp().isAfter(vandaag);
      if ("teLaat".equals(verloop) || !voorbij) break;
      if ("uitval".equals(verloop) && m.maand() > 1) {
        plaatsingen.legContactVast(p.id(), m.maand(), Nazorgstatus.UITGEVALLEN, "Ziek uitgevallen; het werk bleek te zwaar.",
            "Gesprekken met leidinggevende en kandidaat over aanpassing van de taken.", coach);
        plaatsingen.beeindig(p.id(), versie, m.geplandOp(), "Ziek uitgevallen; het werk bleek te zwaar.", true);
        plaatsingen.laatVervallen(p.id());
        kandidaten.plaatsingBeeindigd(b.kandidaat(), true);
        return;
      }
      plaatsingen.legContactVast(p.id(), m.maand(), Nazorgstatus.IN_WERK, null,
          "Begeleiding op de werkvloer en een evaluatiegesprek met de leidinggevende.", coach);
      plaatsingen.verhoogVersie(p.id(), versie++);
      if (m.maand() == momenten.getLast().maand()) plaatsingen.maakDuurzaam(p.id(), versie, m.geplandOp());
    }
  }

  private void matchingevent(Organisatie werkgever, Organisatie loket, List<Werkplek> open, LocalDate vandaag) {
    HuidigeGebruiker regioloket = kijker(Rol.REGIOLOKET, loket);
    List<AnoniemProfiel> profielen = kandidaten.zoekInBestand(regioloket, Zoekfilter.leeg(), new PaginaVerzoek(2, 20)).items();
    if (profielen.size() < 3) return;
    Matchingevent e = new Matchingevent(MatchingeventId.nieuw(), REGIO, Matchingeventtype.BANENMARKT, "Banenmarkt Techniek en Logistiek",
        vandaag.minusWeeks(3), "Evenementenhal, Hal 2", List.of(), List.of(), 0);
    events.voegToe(e, "regioloket@" + REGIO.toLowerCase(Locale.ROOT));
    events.nodigWerkgeverUit(e.id(), werkgever.id().waarde());
    events.aanwezigWerkgever(e.id(), werkgever.id().waarde(), true);
    toegang.organisatiesInRegio(REGIO).stream()
        .filter(o -> o.type() == OrganisatieType.WERKGEVER && !o.id().equals(werkgever.id()) && !o.naam().startsWith("Nieuw Aangemeld "))
        .findFirst().ifPresent(o -> {
          events.nodigWerkgeverUit(e.id(), o.id().waarde());
          events.aanwezigWerkgever(e.id(), o.id().waarde(), false);
        });
    KandidaatId eerste = null;
    String eersteCode = null;
    for (int i = 0; i < 3; i++) {
      String code = profielen.get(i).profielcode();
      Optional<KandidaatId> k = kandidaten.kandidaatVoorProfielcode(regioloket, code);
      if (k.isEmpty()) continue;
      events.nodigKandidaatUit(e.id(), k.get(), code);
      events.aanwezigKandidaat(e.id(), k.get(), i < 2);
      if (eerste == null) {
        eerste = k.get();
        eersteCode = code;
      }
    }
    if (eerste != null) {
      // het vervolggesprek staat nog open in de takenlijst van het regioloket
      verzoek(eerste, eersteCode, open.getFirst(), werkgever, "regioloket@" + REGIO.toLowerCase(Locale.ROOT),
          vandaag.minusWeeks(3).plusDays(1), Belangstellingssoort.UITNODIGING, e.id());
    }
  }

  private static HuidigeGebruiker kijker(Rol rol, Organisatie o) {
    return new HuidigeGebruiker(new GebruikerId(new UUID(0, 0)), "demo", "Demo", rol, o.id(), o.naam(), o.type(), List.of(REGIO));
  }
}
