package nl.perspectiefopwerk.kandidaat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.beveiliging.Kluis;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.kandidaat.domain.Toestemmingsregister;
import nl.perspectiefopwerk.kandidaat.domain.Toestemmingsregister.Besluit;
import nl.perspectiefopwerk.kandidaat.domain.Werkfitbeoordeling;
import nl.perspectiefopwerk.kandidaat.domain.Zichtbaarheid;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRij;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake, werkfitbeoordeling en toestemming: de use cases van consulent en kandidaat. */
@Service
public class KandidaatService {

  private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_TEKST = 200;

  private final KandidaatRepository repository;
  private final Kluis kluis;
  private final RegioApi regio;
  private final TaxonomieApi taxonomie;
  private final KandidaatProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock klok;

  KandidaatService(
      KandidaatRepository repository, Kluis kluis, RegioApi regio, TaxonomieApi taxonomie,
      KandidaatProperties properties, ApplicationEventPublisher events) {
    this.repository = repository;
    this.kluis = kluis;
    this.regio = regio;
    this.taxonomie = taxonomie;
    this.properties = properties;
    this.events = events;
    this.klok = Clock.systemDefaultZone();
  }

  /** Controleert de intake; leeg resultaat = in orde. */
  public Veldfouten controleer(IntakeGegevens g) {
    Veldfouten f = new Veldfouten();
    tekst(f, "voornaam", g.voornaam(), true);
    tekst(f, "achternaam", g.achternaam(), true);
    if (g.bsn() == null || g.bsn().isBlank()) f.voegToe("bsn", "Vul het burgerservicenummer in.");
    else if (!Bsn.isGeldig(g.bsn().replace(".", "").replace(" ", ""))) {
      f.voegToe("bsn", "Dit burgerservicenummer klopt niet (elfproef). Controleer de negen cijfers.");
    }
    if (g.geboortedatum() == null) f.voegToe("geboortedatum", "Vul de geboortedatum in.");
    else {
      int leeftijd = Period.between(g.geboortedatum(), LocalDate.now(klok)).getYears();
      if (leeftijd < 15 || leeftijd > 70) f.voegToe("geboortedatum", "De leeftijd moet tussen 15 en 70 jaar liggen; controleer de geboortedatum.");
    }
    tekst(f, "straat", g.straat(), false);
    tekst(f, "huisnummer", g.huisnummer(), false);
    tekst(f, "woonplaats", g.woonplaats(), false);
    if (g.postcode() == null || !POSTCODE.matcher(g.postcode().strip()).matches()) {
      f.voegToe("postcode", "Vul een postcode in zoals 4811 AB.");
    } else if (postcodegebied(g.postcode()).isEmpty()) {
      f.voegToe("postcode", "Postcodegebied " + g.postcode().strip().substring(0, 4) + " is onbekend.");
    }
    if (g.email() != null && !g.email().isBlank() && !EMAIL.matcher(g.email().strip()).matches()) {
      f.voegToe("email", "Dit e-mailadres klopt niet.");
    }
    tekst(f, "telefoon", g.telefoon(), false);
    if (g.opleidingsniveau() == null) f.voegToe("opleidingsniveau", "Kies het opleidingsniveau.");
    if (g.urenPerWeek() == null || g.urenPerWeek() < 1 || g.urenPerWeek() > 60) f.voegToe("urenPerWeek", "Vul het aantal uren per week in (1 tot en met 60).");
    if (g.maxReisafstandKm() == null || g.maxReisafstandKm() < 1 || g.maxReisafstandKm() > 250) {
      f.voegToe("maxReisafstandKm", "Vul de maximale reisafstand in kilometers in (1 tot en met 250).");
    }
    if (g.beschikbaarVanaf() == null) f.voegToe("beschikbaarVanaf", "Vul in vanaf wanneer de kandidaat kan beginnen.");
    for (String b : g.beroepen()) {
      if (taxonomie.beroepKort(b).isEmpty()) f.voegToe("beroepen", "Beroep '" + b + "' komt niet voor in ESCO v1.1.1.");
    }
    for (String v : g.vaardigheden()) {
      if (taxonomie.vaardigheidKort(v).isEmpty()) f.voegToe("vaardigheden", "Vaardigheid '" + v + "' komt niet voor in ESCO v1.1.1.");
    }
    if (g.sectorwensen() != null && g.sectorwensen().length() > 1000) f.voegToe("sectorwensen", "Gebruik hoogstens 1000 tekens.");
    return f;
  }

  @Transactional
  public IntakeUitkomst neemIn(IntakeGegevens g, KandidaatApi.Herkomst herkomst, List<String> regiosVanOrganisatie) {
    Veldfouten fouten = controleer(g);
    if (!fouten.isLeeg()) return new IntakeUitkomst.Afgekeurd(fouten);
    PostcodeGebied gebied = postcodegebied(g.postcode()).orElseThrow();
    if (regiosVanOrganisatie != null && !regiosVanOrganisatie.contains(gebied.regio().code())) {
      fouten.voegToe("postcode", "Deze postcode ligt in " + gebied.regio().naam() + ", buiten de regio van uw organisatie.");
      return new IntakeUitkomst.Afgekeurd(fouten);
    }
    IntakeGegevens schoon = normaliseer(g);
    Bsn bsn = Bsn.van(g.bsn());
    String hash = kluis.hash(bsn);
    Optional<UUID> bestaand =
        Optional.ofNullable(herkomst.externId()).flatMap(e -> repository.metBron(herkomst.bron(), e)).or(() -> repository.metBsnHash(hash));
    LocalDate vandaag = LocalDate.now(klok);
    if (bestaand.isPresent()) {
      UUID id = bestaand.get();
      repository.werkBij(id, null, gebied.regio().code(), schoon, gebied.pc4(), gebied.gemeente().code(), vandaag);
      if (herkomst.externId() != null) repository.koppelBron(id, herkomst.bron(), herkomst.externId());
      events.publishEvent(new KandidaatGewijzigd(new KandidaatId(id), gebied.regio().code()));
      return new IntakeUitkomst.Bijgewerkt(new KandidaatId(id));
    }
    UUID id = UUID.randomUUID();
    repository.voegToe(id, gebied.regio().code(), herkomst.organisatie(), null, schoon, kluis.versleutel(bsn), hash,
        gebied.pc4(), gebied.gemeente().code(), vandaag);
    if (herkomst.externId() != null) repository.koppelBron(id, herkomst.bron(), herkomst.externId());
    return new IntakeUitkomst.Aangemaakt(new KandidaatId(id));
  }

  /** Wijziging door de consulent, met optimistische vergrendeling. */
  @Transactional
  public Veldfouten wijzig(KandidaatId id, int versie, IntakeGegevens g) {
    Veldfouten fouten = controleer(g);
    if (!fouten.isLeeg()) return fouten;
    PostcodeGebied gebied = postcodegebied(g.postcode()).orElseThrow();
    if (!repository.werkBij(id.waarde(), versie, gebied.regio().code(), normaliseer(g), gebied.pc4(), gebied.gemeente().code(), LocalDate.now(klok))) {
      throw new GelijktijdigGewijzigdException("Iemand anders heeft deze kandidaat intussen gewijzigd. Bekijk de nieuwe stand en voer uw wijziging opnieuw in.");
    }
    events.publishEvent(new KandidaatGewijzigd(id, gebied.regio().code()));
    return fouten;
  }

  @Transactional
  public void beoordeelWerkfit(KandidaatId id, Werkfitbeoordeling beoordeling) {
    KandidaatRij k = vind(id);
    boolean wasZichtbaar = zichtbaar(k);
    repository.bewaarWerkfit(id.waarde(), beoordeling);
    repository.bevestig(id.waarde(), beoordeling.beoordeeldOp());
    if (!wasZichtbaar && zichtbaar(vind(id))) events.publishEvent(new KandidaatInBestand(id, k.regiocode()));
    else if (wasZichtbaar) events.publishEvent(new KandidaatGewijzigd(id, k.regiocode())); // bijv. niet meer werkfit: direct uit de suggesties
  }

  public Werkfitbeoordeling nieuweBeoordeling(
      WerkfitGraad graad, List<Werkvorm> werkvormen, List<Instrument> instrumenten, String stappen, String door) {
    return Werkfitbeoordeling.op(graad, werkvormen, instrumenten, stappen, door, LocalDate.now(klok), properties.werkfitMaanden());
  }

  /** Toestemming voor het bestand, door de kandidaat zelf of op papier via de consulent. */
  @Transactional
  public Besluit geefBestandstoestemming(KandidaatId id, Toestemming.Wijze wijze, String door) {
    KandidaatRij k = vind(id);
    boolean wasZichtbaar = zichtbaar(k);
    Toestemmingsregister register = new Toestemmingsregister(repository.toestemmingen(id.waarde()));
    Besluit b = register.geef(Toestemming.Soort.BESTAND, null, DOEL_BESTAND, properties.toestemmingsversie(), wijze, door, Instant.now(klok));
    if (b instanceof Besluit.Gegeven g) {
      repository.voegToestemmingToe(id.waarde(), g.toestemming());
      if (!wasZichtbaar && zichtbaar(vind(id))) events.publishEvent(new KandidaatInBestand(id, k.regiocode()));
    }
    return b;
  }

  /** Intrekken: geldt direct; het profiel verdwijnt uit zoeken en matchen. */
  @Transactional
  public Besluit trekBestandstoestemmingIn(KandidaatId id, String door) {
    vind(id);
    Toestemmingsregister register = new Toestemmingsregister(repository.toestemmingen(id.waarde()));
    Besluit b = register.trekIn(Toestemming.Soort.BESTAND, null, door, Instant.now(klok));
    if (b instanceof Besluit.Ingetrokken i) {
      repository.trekIn(i.toestemming());
      events.publishEvent(new ToestemmingIngetrokken(id, Toestemming.Soort.BESTAND.name()));
    }
    return b;
  }

  /**
   * Toestemming om de identiteit aan één genoemde werkgever(-organisatie) vrij te geven; gebruikt door
   * de route (regioloket, eerste gesprek). Intrekken kan altijd en geldt direct.
   */
  @Transactional
  public Besluit geefIdentiteitstoestemming(KandidaatId id, UUID werkgever, Toestemming.Wijze wijze, String door) {
    vind(id);
    Toestemmingsregister register = new Toestemmingsregister(repository.toestemmingen(id.waarde()));
    Besluit b = register.geef(Toestemming.Soort.IDENTITEIT, werkgever, DOEL_IDENTITEIT, properties.toestemmingsversie(), wijze, door, Instant.now(klok));
    if (b instanceof Besluit.Gegeven g) repository.voegToestemmingToe(id.waarde(), g.toestemming());
    return b;
  }

  @Transactional
  public Besluit trekIdentiteitstoestemmingIn(KandidaatId id, UUID werkgever, String door) {
    vind(id);
    Toestemmingsregister register = new Toestemmingsregister(repository.toestemmingen(id.waarde()));
    Besluit b = register.trekIn(Toestemming.Soort.IDENTITEIT, werkgever, door, Instant.now(klok));
    if (b instanceof Besluit.Ingetrokken i) {
      repository.trekIn(i.toestemming());
      events.publishEvent(new ToestemmingIngetrokken(id, Toestemming.Soort.IDENTITEIT.name()));
    }
    return b;
  }

  /** Mag deze werkgever(-organisatie) de identiteit zien? Alleen met een geldige toestemming. */
  public boolean heeftIdentiteitstoestemming(KandidaatId id, UUID werkgever) {
    return new Toestemmingsregister(repository.toestemmingen(id.waarde())).actief(Toestemming.Soort.IDENTITEIT, werkgever).isPresent();
  }

  @Transactional
  public void bevestig(KandidaatId id) {
    vind(id);
    repository.bevestig(id.waarde(), LocalDate.now(klok));
  }

  @Transactional
  public void haalUitBestand(KandidaatId id, String reden) {
    vind(id);
    repository.haalUitBestand(id.waarde(), reden);
  }

  /** Bewaartermijn: wist identificerende gegevens van wie lang genoeg uit het bestand is. */
  @Transactional
  public int pasBewaartermijnToe() {
    return repository.wisIdentiteit(Instant.now(klok).minus(java.time.Duration.ofDays(properties.bewaartermijnDagen())));
  }

  public Zichtbaarheid.Uitkomst zichtbaarheid(KandidaatRij k) {
    boolean toestemming = new Toestemmingsregister(repository.toestemmingen(k.id())).heeftBestandstoestemming();
    return Zichtbaarheid.beoordeel(
        k.inBestand(), repository.werkfit(k.id()).orElse(null), toestemming, k.laatstBevestigdOp(), LocalDate.now(klok),
        properties.bevestigingMaanden());
  }

  /** Volledigheid van één profiel. */
  public nl.perspectiefopwerk.kandidaat.domain.Volledigheid.Uitkomst volledigheid(KandidaatRij k) {
    return volledigheid(k, repository.beroepen(List.of(k.id())).getOrDefault(k.id(), List.of()).size(),
        repository.vaardigheden(List.of(k.id())).getOrDefault(k.id(), List.of()).size(), repository.werkfit(k.id()).isPresent());
  }

  /** Gemiddelde volledigheid van alle kandidaten van een organisatie (0 als ze er geen heeft). */
  public int volledigheidVanOrganisatie(UUID organisatie) {
    List<KandidaatRij> rijen = repository.vanOrganisatie(organisatie);
    if (rijen.isEmpty()) return 0;
    List<UUID> ids = rijen.stream().map(KandidaatRij::id).toList();
    var beroepen = repository.beroepen(ids);
    var vaardigheden = repository.vaardigheden(ids);
    var beoordeeld = repository.metWerkfitbeoordeling(ids);
    return (int) Math.round(rijen.stream()
        .mapToInt(k -> volledigheid(k, beroepen.getOrDefault(k.id(), List.of()).size(),
            vaardigheden.getOrDefault(k.id(), List.of()).size(), beoordeeld.contains(k.id())).procent())
        .average().orElse(0));
  }

  private static nl.perspectiefopwerk.kandidaat.domain.Volledigheid.Uitkomst volledigheid(
      KandidaatRij k, int beroepen, int vaardigheden, boolean beoordeeld) {
    return nl.perspectiefopwerk.kandidaat.domain.Volledigheid.bepaal(
        beroepen, vaardigheden, k.talen().size(), k.werkvormwensen().size(), k.email() != null || k.telefoon() != null, beoordeeld);
  }

  private boolean zichtbaar(KandidaatRij k) {
    return zichtbaarheid(k) instanceof Zichtbaarheid.Uitkomst.Zichtbaar;
  }

  public KandidaatRij vind(KandidaatId id) {
    return repository.kandidaat(id.waarde()).filter(k -> k.geanonimiseerdOp() == null)
        .orElseThrow(() -> new NietGevondenException("Deze kandidaat bestaat niet."));
  }

  static final String DOEL_BESTAND =
      "Mijn anonieme profiel (zonder naam, adres of geboortedatum) staat in het regionale bestand, zodat werkgevers en "
          + "bemiddelaars in mijn regio mij kunnen vinden voor passend werk. Ik kan dit altijd intrekken.";

  /**
   * PC4-gebieden zijn referentiedata (±4.000): één keer opzoeken per gebied scheelt bij een import van
   * 100.000 regels twee query's per regel. Een nieuwe referentiedata-import vraagt een herstart.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Optional<PostcodeGebied>> postcodes =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final String DOEL_IDENTITEIT =
      "Mijn naam en contactgegevens worden gedeeld met deze ene werkgever, zodat we een eerste gesprek kunnen voeren. "
          + "Ik kan dit altijd intrekken.";

  private Optional<PostcodeGebied> postcodegebied(String postcode) {
    try {
      Postcode4 pc4 = Postcode4.van(postcode.strip().substring(0, 4));
      Optional<PostcodeGebied> gebied = postcodes.get(pc4.waarde());
      if (gebied == null) {
        gebied = regio.postcode(pc4);
        if (gebied.isPresent()) postcodes.put(pc4.waarde(), gebied);
      }
      return gebied;
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static IntakeGegevens normaliseer(IntakeGegevens g) {
    String pc = g.postcode().strip().replace(" ", "").toUpperCase();
    return new IntakeGegevens(
        g.voornaam().strip(), g.achternaam().strip(), g.bsn(), g.geboortedatum(), leeg(g.straat()), leeg(g.huisnummer()),
        pc.substring(0, 4) + " " + pc.substring(4), leeg(g.woonplaats()), leeg(g.email()), leeg(g.telefoon()),
        g.doelgroepen(), g.opleidingsniveau(), g.startkwalificatie(), g.beroepen(), g.vaardigheden(),
        g.talen().stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList(), g.rijbewijs(),
        g.urenPerWeek(), g.maxReisafstandKm(), g.beschikbaarVanaf(), g.werkvormwensen(), leeg(g.sectorwensen()), g.ondersteuning());
  }

  private static String leeg(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static void tekst(Veldfouten f, String veld, String waarde, boolean verplicht) {
    if (waarde == null || waarde.isBlank()) {
      if (verplicht) f.voegToe(veld, "Dit veld is verplicht.");
      return;
    }
    if (waarde.length() > MAX_TEKST) f.voegToe(veld, "Gebruik hoogstens " + MAX_TEKST + " tekens.");
    if (waarde.chars().anyMatch(c -> Character.isISOControl(c))) f.voegToe(veld, "Dit veld bevat ongeldige tekens.");
  }
}
