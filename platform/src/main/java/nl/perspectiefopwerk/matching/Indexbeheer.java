package nl.perspectiefopwerk.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatGewijzigd;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.KandidaatInBestand;
import nl.perspectiefopwerk.kandidaat.Matchgegevens;
import nl.perspectiefopwerk.kandidaat.ToestemmingIngetrokken;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.matching.domain.Locaties;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Matchindex;
import nl.perspectiefopwerk.matching.domain.Specificiteit;
import nl.perspectiefopwerk.matching.persistence.MatchingRepository;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekGewijzigd;
import nl.perspectiefopwerk.werkgever.WerkplekOpengesteld;
import nl.perspectiefopwerk.werkgever.WerkplekStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import nl.perspectiefopwerk.bemiddeling.PlaatsingBeeindigd;
import nl.perspectiefopwerk.bemiddeling.PlaatsingGestart;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Houdt de matchingindex actueel: volledige opbouw bij de start (na referentie- en demodata, met
 * voortgang in het log en in {@link Indexstatus}), bijwerken op gebeurtenissen (toestemming ingetrokken:
 * direct eruit; kandidaat in bestand en werkplek opengesteld: regio opnieuw), een minuutcontrole op
 * verlopen werkfitbeoordelingen en periodiek een volledige herbouw voor wijzigingen zonder gebeurtenis.
 */
@Component
@Order(100)
class Indexbeheer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(Indexbeheer.class);

  private final KandidaatApi kandidaatApi;
  private final WerkgeverApi werkgeverApi;
  private final TaxonomieApi taxonomie;
  private final RegioApi regio;
  private final MatchingRepository repository;
  private final MatchingProperties properties;
  private final Locaties locaties = new Locaties();
  private final Set<String> onbekendePostcodes = ConcurrentHashMap.newKeySet();
  private final Map<String, Beroepskennis> beroepen = new ConcurrentHashMap<>();
  private final Map<UUID, MatchKandidaat> kandidaten = new ConcurrentHashMap<>();
  private final Map<UUID, LocalDate> werkfitTot = new ConcurrentHashMap<>();
  private final Map<UUID, MatchWerkplek> werkplekken = new ConcurrentHashMap<>();
  private final Matchindex index;
  private final Set<UUID> wachtrij = ConcurrentHashMap.newKeySet();
  private volatile Indexstatus status = new Indexstatus(false, 0, 0, 0, 0, null, 0);

  Indexbeheer(KandidaatApi kandidaatApi, WerkgeverApi werkgeverApi, TaxonomieApi taxonomie, RegioApi regio,
      MatchingRepository repository, MatchingProperties properties) {
    this.kandidaatApi = kandidaatApi;
    this.werkgeverApi = werkgeverApi;
    this.taxonomie = taxonomie;
    this.regio = regio;
    this.repository = repository;
    this.properties = properties;
    this.index = new Matchindex(properties.gewichten().alsGewichten(), locaties, Specificiteit.GELIJK);
  }

  Matchindex index() {
    return index;
  }

  Locaties locaties() {
    return locaties;
  }

  /** Hoe zwaar elke vaardigheid weegt; dezelfde die de index gebruikt (de uitleg moet dezelfde punten geven). */
  Specificiteit specificiteit() {
    return index.specificiteit();
  }

  Indexstatus status() {
    return status;
  }

  Optional<MatchKandidaat> kandidaat(UUID id) {
    return Optional.ofNullable(kandidaten.get(id));
  }

  Optional<MatchWerkplek> werkplek(UUID id) {
    return Optional.ofNullable(werkplekken.get(id));
  }

  java.util.Collection<MatchKandidaat> alleKandidaten() {
    return List.copyOf(kandidaten.values());
  }

  java.util.Collection<MatchWerkplek> alleWerkplekken() {
    return List.copyOf(werkplekken.values());
  }

  /** De bemiddelbare kandidaten van een regio zoals ze in de index staan (pool voor grote werving). */
  List<MatchKandidaat> kandidatenInRegio(String regiocode) {
    return kandidaten.values().stream().filter(k -> k.regiocode().equals(regiocode) && index.bevatKandidaat(k.id())).toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    bouwAlles();
  }

  @Scheduled(cron = "${pow.matching.herbouw-cron:0 */15 * * * *}", zone = "Europe/Amsterdam")
  void herbouwPeriodiek() {
    if (status.klaar()) bouwAlles();
  }

  /** Volledige opbouw, regio voor regio; de voortgang staat in het log en in de status. */
  synchronized void bouwAlles() {
    long start = System.nanoTime();
    List<Arbeidsmarktregio> regios = regio.regios();
    if (properties.specificiteit() && taxonomie.isGeladen()) {
      index.zetSpecificiteit(Specificiteit.uitEsco(taxonomie.beroepenPerVaardigheid(), taxonomie.aantalBeroepen()));
    }
    Set<UUID> uitgesloten = new HashSet<>(repository.uitgesloten());
    int klaar = 0;
    for (Arbeidsmarktregio r : regios) {
      bouwRegio(r.code(), uitgesloten);
      klaar++;
      status = new Indexstatus(status.klaar(), klaar, regios.size(), index.aantalKandidaten(), index.aantalWerkplekken(),
          status.opgebouwdOp(), status.duurMs());
      if (klaar % 5 == 0 || klaar == regios.size()) {
        log.info("Matchingindex: {}/{} regio's opgebouwd ({} kandidaten, {} werkplekken)", klaar, regios.size(),
            index.aantalKandidaten(), index.aantalWerkplekken());
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    status = new Indexstatus(true, klaar, regios.size(), index.aantalKandidaten(), index.aantalWerkplekken(), Instant.now(), ms);
    log.info("Matchingindex klaar in {} ms: {} kandidaten, {} werkplekken", ms, index.aantalKandidaten(), index.aantalWerkplekken());
  }

  private void bouwRegio(String regiocode, Set<UUID> uitgesloten) {
    List<MatchKandidaat> lijst = new ArrayList<>();
    kandidaten.values().removeIf(k -> k.regiocode().equals(regiocode));
    for (Matchgegevens m : kandidaatApi.matchgegevens(regiocode)) {
      MatchKandidaat k = naarKandidaat(m, uitgesloten.contains(m.id().waarde()));
      kandidaten.put(k.id(), k);
      if (m.werkfitTot() != null) werkfitTot.put(k.id(), m.werkfitTot());
      lijst.add(k);
    }
    index.zetKandidaten(regiocode, lijst);
    List<MatchWerkplek> wp = new ArrayList<>();
    werkplekken.values().removeIf(w -> w.regiocode().equals(regiocode));
    for (Werkplek w : werkgeverApi.openWerkplekken(regiocode)) {
      MatchWerkplek m = naarWerkplek(w);
      werkplekken.put(m.id(), m);
      wp.add(m);
    }
    index.zetWerkplekken(regiocode, wp);
  }

  // ------------------------------------------------------------ gebeurtenissen

  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void toestemmingIngetrokken(ToestemmingIngetrokken e) {
    if ("BESTAND".equals(e.soort())) verwijder(e.kandidaat().waarde(), null);
  }

  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void kandidaatInBestand(KandidaatInBestand e) {
    werkKandidaatBij(e.kandidaat()); // wacht zo nodig op de lopende opbouw
  }

  /** Een gewijzigd profiel of een nieuwe werkfitbeoordeling: los bijwerken (direct zichtbaar) of eruit. */
  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void kandidaatGewijzigd(KandidaatGewijzigd e) {
    werkKandidaatBij(e.kandidaat());
  }

  /**
   * Vervuld of gesloten: direct uit elke suggestie (één bit). Gewijzigd en nog open: het werkplekkendeel van de regio
   * opnieuw opbouwen.
   */
  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void werkplekGewijzigd(WerkplekGewijzigd e) {
    if (e.status() == WerkplekStatus.OPEN) {
      werkRegioWerkplekkenBij(e.regiocode());
      return;
    }
    index.verwijderWerkplek(e.werkplek().waarde());
    synchronized (this) {
      werkplekken.remove(e.werkplek().waarde());
      index.verwijderWerkplek(e.werkplek().waarde()); // ook als er net een opbouw van de regio liep
    }
  }

  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void werkplekOpengesteld(WerkplekOpengesteld e) {
    werkRegioWerkplekkenBij(e.regiocode());
  }

  /** Een geplaatste kandidaat verdwijnt direct uit elke suggestie en toewijzing (ook na een herstart). */
  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void plaatsingGestart(PlaatsingGestart e) {
    verwijder(e.kandidaat().waarde(), "geplaatst");
  }

  /** Na uitval komt de kandidaat terug in de suggesties, als hij terug wil in het bestand. */
  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void plaatsingBeeindigd(PlaatsingBeeindigd e) {
    if (!e.terugInBestand()) return;
    synchronized (this) {
      repository.heropen(e.kandidaat().waarde());
    }
    werkKandidaatBij(e.kandidaat());
  }

  /** Haalt een kandidaat direct uit de index (één bit), daarna ook uit de brongegevens van de regio. */
  void verwijder(UUID kandidaat, String uitsluitreden) {
    index.verwijderKandidaat(kandidaat);
    synchronized (this) {
      if (uitsluitreden != null) repository.sluitUit(kandidaat, uitsluitreden);
      kandidaten.remove(kandidaat);
      werkfitTot.remove(kandidaat);
      index.verwijderKandidaat(kandidaat);
    }
  }

  /**
   * Neemt een nieuwe of gewijzigde kandidaat op. Eén aanroep verwerkt de hele wachtrij: een paar kandidaten gaan los
   * de aanvulling van hun regio in (direct zichtbaar, zonder de regio opnieuw op te bouwen); bij een golf
   * gebeurtenissen (een import, meer dan {@value #LOS_BIJWERKEN}) wordt elke geraakte regio één keer opnieuw gebouwd.
   */
  void werkKandidaatBij(KandidaatId id) {
    wachtrij.add(id.waarde());
    verwerkWachtrij();
  }

  /** Tot zoveel kandidaten per keer gaan los de aanvulling in; daarboven wordt per regio opnieuw gebouwd. */
  static final int LOS_BIJWERKEN = 64;

  private synchronized void verwerkWachtrij() {
    Set<String> regios = new HashSet<>();
    List<MatchKandidaat> bij = new ArrayList<>();
    for (UUID id : List.copyOf(wachtrij)) {
      wachtrij.remove(id);
      Optional<Matchgegevens> m = kandidaatApi.matchgegevens(new KandidaatId(id));
      if (m.isEmpty()) {
        verwijder(id, null);
        continue;
      }
      MatchKandidaat k = naarKandidaat(m.get(), repository.isUitgesloten(id));
      MatchKandidaat oud = kandidaten.put(k.id(), k);
      if (oud != null) regios.add(oud.regiocode());
      if (m.get().werkfitTot() != null) werkfitTot.put(k.id(), m.get().werkfitTot());
      regios.add(k.regiocode());
      bij.add(k);
    }
    if (bij.size() <= LOS_BIJWERKEN) {
      bij.forEach(index::werkKandidaatBij);
      return;
    }
    for (String r : regios) {
      index.zetKandidaten(r, kandidaten.values().stream().filter(c -> c.regiocode().equals(r)).toList());
    }
  }

  synchronized void werkRegioWerkplekkenBij(String regiocode) {
    werkplekken.values().removeIf(w -> w.regiocode().equals(regiocode));
    List<MatchWerkplek> wp = new ArrayList<>();
    for (Werkplek w : werkgeverApi.openWerkplekken(regiocode)) {
      MatchWerkplek m = naarWerkplek(w);
      werkplekken.put(m.id(), m);
      wp.add(m);
    }
    index.zetWerkplekken(regiocode, wp);
  }

  /** Werkfit verloopt op een datum: elke minuut wie vandaag niet meer werkfit is eruit. */
  @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
  void verlopenWerkfit() {
    LocalDate vandaag = LocalDate.now();
    werkfitTot.forEach((id, tot) -> {
      if (!vandaag.isBefore(tot)) verwijder(id, null);
    });
  }

  // ------------------------------------------------------------ omzetten

  MatchKandidaat naarKandidaat(Matchgegevens m, boolean geplaatst) {
    // Voorkeursvolgorde: de wensen van de kandidaat die passen, dan de overige passende werkvormen.
    Set<Werkvorm> volgorde = new LinkedHashSet<>();
    for (Werkvorm w : m.werkvormwensen()) if (m.passendeWerkvormen().isEmpty() || m.passendeWerkvormen().contains(w)) volgorde.add(w);
    volgorde.addAll(m.passendeWerkvormen());
    List<String> isco = new ArrayList<>();
    Set<String> uitBeroepen = new LinkedHashSet<>();
    for (String b : m.beroepen()) {
      Beroepskennis kennis = beroep(b);
      if (kennis == null) continue;
      if (kennis.isco() != null) isco.add(kennis.isco());
      uitBeroepen.addAll(kennis.essentieel());
    }
    boolean werkfit = m.zichtbaar() && m.werkfitTot() != null && LocalDate.now().isBefore(m.werkfitTot());
    zorgVoorLocatie(m.pc4());
    return new MatchKandidaat(m.id().waarde(), m.regiocode(), m.pc4(), m.urenPerWeek(), m.maxReisafstandKm(), m.opleidingsniveau(),
        m.startkwalificatie(), List.copyOf(volgorde), m.instrumenten(), m.beschikbaarVanaf(), m.beroepen(), isco, m.vaardigheden(),
        List.copyOf(uitBeroepen), werkfit, m.zichtbaar(), m.zichtbaar(), geplaatst);
  }

  MatchWerkplek naarWerkplek(Werkplek w) {
    Beroepskennis kennis = beroep(w.beroepId());
    Set<String> essentieel = kennis == null ? Set.of() : new HashSet<>(kennis.essentieel());
    List<String> ess = w.vaardigheden().stream().filter(essentieel::contains).toList();
    List<String> opt = w.vaardigheden().stream().filter(v -> !essentieel.contains(v)).toList();
    String pc4 = w.postcode() == null ? null : Postcode4.van(w.postcode()).waarde();
    zorgVoorLocatie(pc4);
    Werkvorm vorm = switch (w.type()) {
      case LEERWERKPLEK -> Werkvorm.LEERWERKPLEK;
      case BASISBAAN -> Werkvorm.BASISBAAN;
      case REGULIERE_BAAN, PROEFPLAATS -> Werkvorm.REGULIER;
    };
    List<String> profiel = kennis == null ? List.of() : kennis.essentieel();
    return new MatchWerkplek(w.id().waarde(), w.regiocode(), pc4, w.urenPerWeek(), vorm, w.minOpleiding(), w.instrumenten(), w.startdatum(),
        w.beroepId(), kennis == null ? null : kennis.isco(), ess, opt, w.aantalPlaatsen(), profiel);
  }

  boolean isOpen(Werkplek w) {
    return w.status() == WerkplekStatus.OPEN;
  }

  private void zorgVoorLocatie(String pc4) {
    if (pc4 == null || locaties.nummer(pc4) >= 0 || onbekendePostcodes.contains(pc4)) return;
    try {
      regio.postcode(Postcode4.van(pc4)).ifPresentOrElse(p -> locaties.voegToe(pc4, p.lat(), p.lon()), () -> onbekendePostcodes.add(pc4));
    } catch (IllegalArgumentException e) {
      onbekendePostcodes.add(pc4);
    }
  }

  private Beroepskennis beroep(String id) {
    if (id == null) return null;
    Beroepskennis k = beroepen.get(id);
    if (k != null) return k;
    Optional<BeroepDetail> d = taxonomie.beroep(id);
    if (d.isEmpty()) return null;
    k = new Beroepskennis(d.get().beroep().iscoGroep(), d.get().essentieleVaardigheden().stream().map(Vaardigheid::id).toList());
    beroepen.put(id, k);
    return k;
  }

  private record Beroepskennis(String isco, List<String> essentieel) {}
}
