package nl.perspectiefopwerk.bemiddeling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import java.time.YearMonth;
import nl.perspectiefopwerk.bemiddeling.domain.Bemiddelingscijfers;
import nl.perspectiefopwerk.bemiddeling.domain.Belangstellingsroute;
import nl.perspectiefopwerk.bemiddeling.persistence.PlaatsingRepository;
import nl.perspectiefopwerk.bemiddeling.domain.Belangstellingsroute.Overgang;
import nl.perspectiefopwerk.bemiddeling.domain.Termijn;
import nl.perspectiefopwerk.bemiddeling.persistence.BelangstellingRepository;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
import nl.perspectiefopwerk.kandidaat.Contactgegevens;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.WerkplekStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * De belangstellingsroute. Toegang: een werkgever ziet de verzoeken voor de eigen werkplekken en de eigen
 * verzoeken, een bemiddelaar de verzoeken van de eigen organisatie, het regioloket die van de regio; voor
 * ieder ander bestaat een verzoek niet (404). Elke statuswijziging controleert de versie en wordt vastgelegd.
 */
@Service
public class BemiddelingService implements BemiddelingApi {

  static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  static final String ACTIVITEIT = "bemiddeling-belangstelling";
  static final String BETROKKENE = "belangstelling";
  static final int MAX_BERICHT = 1000;

  private final BelangstellingRepository repository;
  private final PlaatsingRepository plaatsingen;
  private final KandidaatApi kandidaten;
  private final WerkgeverApi werkgevers;
  private final AuditApi audit;
  private final BemiddelingProperties properties;
  private final ApplicationEventPublisher events;

  BemiddelingService(BelangstellingRepository repository, PlaatsingRepository plaatsingen, KandidaatApi kandidaten,
      WerkgeverApi werkgevers, AuditApi audit, BemiddelingProperties properties, ApplicationEventPublisher events) {
    this.repository = repository;
    this.plaatsingen = plaatsingen;
    this.kandidaten = kandidaten;
    this.werkgevers = werkgevers;
    this.audit = audit;
    this.properties = properties;
    this.events = events;
  }

  @Override
  public long aantal(String regiocode, BelangstellingStatus status) {
    return repository.aantal(regiocode, status);
  }

  @Override
  public long aantalTeLaat(String regiocode) {
    return repository.aantalTeLaat(regiocode, LocalDate.now(TIJDZONE));
  }

  @Override
  public List<Maandcijfers> maandcijfers(String regiocode, YearMonth van, YearMonth tot) {
    if (regiocode == null || regiocode.isBlank()) throw new IllegalArgumentException("regiocode is verplicht");
    return Bemiddelingscijfers.perMaand(regiocode,
        repository.feiten(regiocode).stream().map(f -> new Bemiddelingscijfers.Verzoekfeit(f.aangevraagd(), f.eersteGesprek())).toList(),
        plaatsingen.feiten(regiocode).stream().map(f -> new Bemiddelingscijfers.Plaatsingsfeit(f.start(), f.duurzaamOp(), f.beeindigdOp()))
            .toList(),
        van, tot, LocalDate.now(TIJDZONE));
  }

  @Override
  public Map<String, List<Maandcijfers>> maandcijfersPerRegio(YearMonth van, YearMonth tot) {
    Map<String, List<Bemiddelingscijfers.Verzoekfeit>> verzoeken = new java.util.TreeMap<>();
    Map<String, List<Bemiddelingscijfers.Plaatsingsfeit>> geplaatst = new java.util.TreeMap<>();
    repository.feiten(null).forEach(f -> verzoeken.computeIfAbsent(f.regiocode(), r -> new java.util.ArrayList<>())
        .add(new Bemiddelingscijfers.Verzoekfeit(f.aangevraagd(), f.eersteGesprek())));
    plaatsingen.feiten(null).forEach(f -> geplaatst.computeIfAbsent(f.regiocode(), r -> new java.util.ArrayList<>())
        .add(new Bemiddelingscijfers.Plaatsingsfeit(f.start(), f.duurzaamOp(), f.beeindigdOp())));
    java.util.SortedSet<String> regios = new java.util.TreeSet<>(verzoeken.keySet());
    regios.addAll(geplaatst.keySet());
    LocalDate vandaag = LocalDate.now(TIJDZONE);
    Map<String, List<Maandcijfers>> uit = new LinkedHashMap<>();
    for (String r : regios) {
      uit.put(r, Bemiddelingscijfers.perMaand(r, verzoeken.getOrDefault(r, List.of()), geplaatst.getOrDefault(r, List.of()), van, tot, vandaag));
    }
    return uit;
  }

  // --- werkgever en bemiddelaar ---

  /** De open werkplekken waarvoor deze gebruiker belangstelling mag tonen. */
  public List<Werkplek> keuzeWerkplekken(HuidigeGebruiker g) {
    UUID org = aanvrager(g);
    List<Werkplek> open = werkgevers.openWerkplekken(g.hoofdregio());
    return g.rol() == Rol.WERKGEVER ? open.stream().filter(w -> w.werkgeverId().equals(org)).toList() : open;
  }

  public Optional<AnoniemProfiel> profiel(HuidigeGebruiker g, String profielcode) {
    aanvrager(g);
    return profielcode == null ? Optional.empty() : kandidaten.profiel(g, profielcode);
  }

  /** Legt belangstelling vast (AANGEVRAAGD, met deadline); de fouten per veld als de invoer niet klopt. */
  @Transactional
  public Resultaat toonBelangstelling(HuidigeGebruiker g, String profielcode, UUID werkplekId, String bericht) {
    return toonBelangstelling(g, profielcode, werkplekId, bericht, Belangstellingssoort.BELANGSTELLING);
  }

  /**
   * Belangstelling of een directe uitnodiging voor een gesprek (alleen een werkgever nodigt direct uit). Beide
   * gaan via het regioloket en dezelfde toestemmingspoort: de identiteit pas na een ja met toestemming.
   */
  @Transactional
  public Resultaat toonBelangstelling(HuidigeGebruiker g, String profielcode, UUID werkplekId, String bericht,
      Belangstellingssoort soort) {
    UUID org = aanvrager(g);
    if (soort == Belangstellingssoort.GROTE_WERVING) return new Resultaat.Afgekeurd(Map.of("soort", "bemiddeling.fout.soort"));
    if (soort == Belangstellingssoort.UITNODIGING && g.rol() != Rol.WERKGEVER) {
      return new Resultaat.Afgekeurd(Map.of("soort", "bemiddeling.fout.uitnodigingAlleenWerkgever"));
    }
    Map<String, String> fouten = new LinkedHashMap<>();
    Optional<KandidaatId> kandidaat = profielcode == null ? Optional.empty() : kandidaten.kandidaatVoorProfielcode(g, profielcode);
    if (kandidaat.isEmpty()) throw new NietGevondenException("Dit profiel bestaat niet (meer).");
    Optional<Werkplek> werkplek = werkplekId == null ? Optional.empty()
        : keuzeWerkplekken(g).stream().filter(w -> w.id().waarde().equals(werkplekId)).findFirst();
    if (werkplek.isEmpty()) fouten.put("werkplek", "bemiddeling.fout.werkplek");
    String tekst = bericht == null ? "" : bericht.strip();
    if (tekst.isEmpty() || tekst.length() > MAX_BERICHT) fouten.put("bericht", "bemiddeling.fout.bericht");
    if (!fouten.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    Werkplek w = werkplek.get();
    if (w.status() != WerkplekStatus.OPEN) return new Resultaat.Afgekeurd(Map.of("werkplek", "bemiddeling.fout.werkplek"));
    Optional<Belangstelling> b = legVast(g, w, kandidaat.get(), profielcode, org, tekst, soort, null, soort == Belangstellingssoort.UITNODIGING
        ? "Directe uitnodiging voor een gesprek met een anoniem profiel vastleggen" : "Belangstelling voor een anoniem profiel vastleggen");
    return b.<Resultaat>map(x -> new Resultaat.Gelukt(x.id()))
        .orElseGet(() -> new Resultaat.Afgekeurd(Map.of("werkplek", "bemiddeling.fout.alLopend")));
  }

  /**
   * Grote werving: het regioloket accepteerde een voorstel; elk paar wordt een belangstelling alsof de werkgever van de
   * werkplek zelf belangstelling toonde (aanvrager = die werkgever, zodat hij het verzoek in zijn eigen verzoeken ziet,
   * met zijn eigen profielcode, en het kan intrekken; aangevraagd door = de medewerker van het regioloket).
   *
   * <p>Welke controles van {@link #toonBelangstelling} gelden hier, nu het regioloket namens de werkgever handelt:
   * <ul>
   *   <li>Rol: niet werkgever/bemiddelaar maar regioloket; de regio van de werkplek moet een regio van het regioloket zijn
   *       (in plaats van "eigen werkplek van de werkgever").
   *   <li>Werkplek open: geldt onverkort (anders overgeslagen).
   *   <li>Screening van de werkgever (de zoekpoort van het bestand): geldt. Een niet (of afgewezen) gescreende werkgever
   *       mag niet zoeken in het bestand en krijgt dus ook via grote werving geen kandidaten voorgesteld (overgeslagen).
   *   <li>Kandidaat nog in het bestand: geldt. De kandidaat moet zichtbaar zijn in het anonieme bestand (in bestand,
   *       werkfit, toestemming) en in de regio van de werkplek wonen, net als bij een werkgever die in het bestand van
   *       zijn regio zoekt (anders overgeslagen).
   *   <li>Bericht: de werkgever schrijft hier niets; het bericht noemt het voorstel.
   *   <li>Alleen een werkgever nodigt direct uit: niet van toepassing (de soort is altijd GROTE_WERVING).
   *   <li>Extra: een paar waarvoor al een lopende belangstelling (nog niet afgerond) bestaat voor dezelfde kandidaat en
   *       werkplek wordt overgeslagen in plaats van het hele voorstel te laten mislukken.
   * </ul>
   * De identiteit blijft achter dezelfde toestemmingspoort: de werkgever ziet alleen de profielcode tot de kandidaat ja
   * zegt met toestemming.
   */
  @Override
  @Transactional
  public List<Voorstelbelangstelling> belangstellingenUitVoorstel(HuidigeGebruiker g, String voorstelnaam, List<Voorstelpaar> paren) {
    regioloket(g);
    String naam = voorstelnaam == null ? "" : voorstelnaam.strip();
    if (naam.isEmpty()) throw new IllegalArgumentException("voorstelnaam is verplicht");
    String bericht = "Het regioloket stelt dit profiel voor uw werkplek voor, uit de grote werving '" + naam
        + "'. Het regioloket vraagt de kandidaat of die kennis wil maken.";
    if (bericht.length() > MAX_BERICHT) bericht = bericht.substring(0, MAX_BERICHT);
    List<Voorstelbelangstelling> uit = new java.util.ArrayList<>();
    for (Voorstelpaar p : paren == null ? List.<Voorstelpaar>of() : paren) uit.add(uitVoorstel(g, naam, bericht, p));
    return uit;
  }

  private Voorstelbelangstelling uitVoorstel(HuidigeGebruiker g, String naam, String bericht, Voorstelpaar p) {
    Optional<Werkplek> werkplek = werkgevers.werkplek(p.werkplek())
        .filter(w -> g.werktInRegio(w.regiocode()) && w.status() == WerkplekStatus.OPEN);
    if (werkplek.isEmpty()) return new Voorstelbelangstelling(p, null, "bemiddeling.werving.reden.werkplek");
    Werkplek w = werkplek.get();
    if (!werkgevers.isGescreend(w.werkgeverId())) return new Voorstelbelangstelling(p, null, "bemiddeling.werving.reden.screening");
    boolean inBestand = kandidaten.matchgegevens(p.kandidaat()).filter(m -> m.zichtbaar() && w.regiocode().equals(m.regiocode())).isPresent();
    if (!inBestand) return new Voorstelbelangstelling(p, null, "bemiddeling.werving.reden.kandidaat");
    String profielcode = kandidaten.profielcodeVoorOrganisatie(p.kandidaat(), w.werkgeverId());
    return legVast(g, w, p.kandidaat(), profielcode, w.werkgeverId(), bericht, Belangstellingssoort.GROTE_WERVING, null,
        "Belangstelling uit grote werving '" + naam + "' namens de werkgever vastleggen")
        .map(b -> new Voorstelbelangstelling(p, b.id(), null))
        .orElseGet(() -> new Voorstelbelangstelling(p, null, "bemiddeling.werving.reden.alLopend"));
  }

  /** Statussen waarin de route nog loopt (er is nog een vervolgstap). */
  static final java.util.Set<BelangstellingStatus> LOPEND = java.util.Arrays.stream(BelangstellingStatus.values())
      .filter(s -> !Belangstellingsroute.mogelijkVanuit(s).isEmpty())
      .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(BelangstellingStatus.class)));

  /**
   * De gemeenschappelijke stap van elke nieuwe belangstelling (gewone belangstelling, directe uitnodiging, grote werving,
   * vervolggesprek na een matchingevent): AANGEVRAAGD met de termijn van het regioloket, opslaan en vastleggen in het
   * verwerkingenlog. De aanroeper heeft de overige controles al gedaan.
   *
   * <p>Eén lopende belangstelling per kandidaat en werkplek: het paar wordt eerst vergrendeld tot het eind van de
   * transactie, zodat van twee gelijktijdige aanvragen (twee acceptaties van een voorstel, een werkgever en het regioloket
   * tegelijk) de tweede wacht en daarna de eerste ziet (READ COMMITTED). Loopt er al een, dan komt er geen tweede (leeg).
   */
  Optional<Belangstelling> legVast(HuidigeGebruiker g, Werkplek w, KandidaatId kandidaat, String profielcode, UUID aanvragerOrganisatie,
      String bericht, Belangstellingssoort soort, MatchingeventId matchingevent, String doel) {
    repository.vergrendelPaar(kandidaat, w.id());
    if (repository.heeftLopende(kandidaat, w.id(), LOPEND)) return Optional.empty();
    LocalDate vandaag = LocalDate.now(TIJDZONE);
    Belangstelling b = new Belangstelling(BelangstellingId.nieuw(), w.regiocode(), kandidaat, profielcode, w.id(), w.werkgeverId(),
        aanvragerOrganisatie, g.gebruikersnaam(), bericht, BelangstellingStatus.AANGEVRAAGD,
        Termijn.deadline(vandaag, properties.termijnWerkdagen()), null, null, null, false, null, null, Instant.now(), 0, soort, null,
        matchingevent);
    repository.voegToe(b);
    registreer(g, Handeling.AANMAKEN, b.id(), doel);
    return Optional.of(b);
  }

  /** De verzoeken die deze werkgever of bemiddelaar mag zien. */
  public List<Belangstelling> eigenVerzoeken(HuidigeGebruiker g) {
    UUID org = aanvrager(g);
    return repository.vanOrganisatie(org).stream().filter(b -> magZien(g, b)).toList();
  }

  /** Het verzoek als deze gebruiker het mag zien; anders bestaat het voor hem niet. */
  public Belangstelling zichtbaar(HuidigeGebruiker g, BelangstellingId id) {
    return repository.vind(id).filter(b -> magZien(g, b))
        .orElseThrow(() -> new NietGevondenException("Belangstelling " + id + " bestaat niet."));
  }

  static boolean magZien(HuidigeGebruiker g, Belangstelling b) {
    UUID org = g.organisatieId() == null ? null : g.organisatieId().waarde();
    return switch (g.rol()) {
      case WERKGEVER -> org != null && (org.equals(b.werkgeverOrganisatie()) || org.equals(b.aanvragerOrganisatie()));
      case BEMIDDELAAR -> org != null && org.equals(b.aanvragerOrganisatie());
      case REGIOLOKET -> g.werktInRegio(b.regiocode());
      default -> false;
    };
  }

  /**
   * Naam en contact van de kandidaat voor deze kijker: alleen een werkgever, alleen na een ja, en alleen met
   * toestemming van de kandidaat voor precies deze werkgever-organisatie (het toestemmingsregister beslist).
   */
  @Transactional
  public Optional<Contactgegevens> contact(HuidigeGebruiker g, Belangstelling b) {
    if (g.rol() != Rol.WERKGEVER || g.organisatieId() == null || !b.status().naAkkoord()) return Optional.empty();
    UUID org = g.organisatieId().waarde();
    if (!org.equals(b.werkgeverOrganisatie())) return Optional.empty();
    return kandidaten.contactVoorWerkgever(b.kandidaat(), org);
  }

  public Optional<Werkplek> werkplek(Belangstelling b) {
    return werkgevers.werkplek(b.werkplek());
  }

  @Transactional
  public Map<String, String> trekIn(HuidigeGebruiker g, BelangstellingId id, int versie) {
    Belangstelling b = zichtbaar(g, id);
    if (g.rol() == Rol.REGIOLOKET || !g.organisatieId().waarde().equals(b.aanvragerOrganisatie())) {
      throw new AccessDeniedException("Alleen de aanvrager trekt een verzoek in.");
    }
    return overgang(b, BelangstellingStatus.INGETROKKEN, versie, () -> repository.wijzigStatus(id, versie, b.status(),
        BelangstellingStatus.INGETROKKEN), g, "Belangstelling intrekken");
  }

  // --- regioloket ---

  public List<Belangstelling> taken(HuidigeGebruiker g) {
    regioloket(g);
    return repository.inRegios(g.regiocodes());
  }

  /**
   * Het antwoord van de kandidaat. Ja: de kandidaat geeft (via het regioloket, op papier) toestemming om
   * naam en contact met deze werkgever te delen; alleen dan gaat de route naar KANDIDAAT_AKKOORD.
   */
  @Transactional
  public Map<String, String> legAntwoordVast(HuidigeGebruiker g, BelangstellingId id, Boolean ja, int versie) {
    regioloket(g);
    Belangstelling b = zichtbaar(g, id);
    if (ja == null) return Map.of("antwoord", "bemiddeling.fout.antwoord");
    BelangstellingStatus naar = ja ? BelangstellingStatus.KANDIDAAT_AKKOORD : BelangstellingStatus.KANDIDAAT_WEIGERT;
    Map<String, String> fouten = overgang(b, naar, versie,
        () -> repository.legAntwoordVast(id, versie, b.status(), naar, ja ? "JA_MET_TOESTEMMING" : "NEE"), g,
        "Antwoord van de kandidaat op belangstelling vastleggen");
    if (fouten.isEmpty() && ja) {
      kandidaten.geefIdentiteitstoestemmingOpPapier(b.kandidaat(), b.werkgeverOrganisatie(), g.gebruikersnaam());
    }
    return fouten;
  }

  @Transactional
  public Map<String, String> planGesprek(HuidigeGebruiker g, BelangstellingId id, LocalDateTime op, String locatie, boolean online,
      int versie) {
    regioloket(g);
    Belangstelling b = zichtbaar(g, id);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (op == null) fouten.put("gesprekOp", "bemiddeling.fout.gesprekOp");
    String plaats = locatie == null || locatie.isBlank() ? null : locatie.strip();
    if (!online && plaats == null) fouten.put("locatie", "bemiddeling.fout.locatie");
    if (plaats != null && plaats.length() > 300) fouten.put("locatie", "bemiddeling.fout.locatie");
    if (!fouten.isEmpty()) return fouten;
    Instant tijdstip = op.atZone(TIJDZONE).toInstant();
    fouten = overgang(b, BelangstellingStatus.GESPREK_GEPLAND, versie,
        () -> repository.planGesprek(id, versie, b.status(), tijdstip, plaats, online), g, "Eerste gesprek plannen");
    if (fouten.isEmpty()) events.publishEvent(new EersteGesprekGepland(id, b.regiocode(), b.werkplek(), tijdstip));
    return fouten;
  }

  @Transactional
  public Map<String, String> legUitkomstVast(HuidigeGebruiker g, BelangstellingId id, BelangstellingStatus uitkomst, String reden,
      int versie) {
    regioloket(g);
    Belangstelling b = zichtbaar(g, id);
    if (uitkomst != BelangstellingStatus.MATCH && uitkomst != BelangstellingStatus.GEEN_MATCH && uitkomst != BelangstellingStatus.VERVOLG) {
      return Map.of("uitkomst", "bemiddeling.fout.uitkomst");
    }
    String r = reden == null || reden.isBlank() ? null : reden.strip();
    if (uitkomst == BelangstellingStatus.GEEN_MATCH && r == null) return Map.of("reden", "bemiddeling.fout.reden");
    if (r != null && r.length() > MAX_BERICHT) return Map.of("reden", "bemiddeling.fout.reden");
    return overgang(b, uitkomst, versie, () -> repository.legUitkomstVast(id, versie, b.status(), uitkomst, r), g,
        "Uitkomst van het gesprek vastleggen");
  }

  // --- hulp ---

  private Map<String, String> overgang(Belangstelling b, BelangstellingStatus naar, int versie, java.util.function.BooleanSupplier wijzig,
      HuidigeGebruiker g, String doel) {
    if (b.versie() != versie) throw gelijktijdig();
    if (Belangstellingsroute.beoordeel(b.status(), naar) instanceof Overgang.Afgewezen a) return Map.of("status", a.reden());
    if (!wijzig.getAsBoolean()) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, b.id(), doel + ": " + b.status() + " → " + naar);
    return Map.of();
  }

  private static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft dit verzoek intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  void registreer(HuidigeGebruiker g, Handeling handeling, BelangstellingId id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), handeling, ACTIVITEIT,
        BETROKKENE, id.toString(), doel, "Publieke taak re-integratie"));
  }

  private static UUID aanvrager(HuidigeGebruiker g) {
    if ((g.rol() != Rol.WERKGEVER && g.rol() != Rol.BEMIDDELAAR) || g.organisatieId() == null || g.hoofdregio() == null) {
      throw new AccessDeniedException("Alleen voor werkgevers en bemiddelaars");
    }
    return g.organisatieId().waarde();
  }

  private static void regioloket(HuidigeGebruiker g) {
    if (g.rol() != Rol.REGIOLOKET) throw new AccessDeniedException("Alleen voor het regioloket");
  }

  /** Uitkomst van het tonen van belangstelling. */
  public sealed interface Resultaat {
    record Gelukt(BelangstellingId id) implements Resultaat {}

    record Afgekeurd(Map<String, String> fouten) implements Resultaat {}
  }
}
