package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.bemiddeling.domain.Nazorg;
import nl.perspectiefopwerk.bemiddeling.domain.Plaatsingsverloop;
import nl.perspectiefopwerk.bemiddeling.persistence.PlaatsingRepository;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plaatsing en nazorg. Het regioloket maakt van een MATCH een plaatsing; de kandidaat verlaat dan het bestand.
 * Nazorgcontacten op 1, 3 en 6 maanden (instelbaar) leggen het regioloket, de consulent (regio) en de toegewezen
 * jobcoach vast; het laatste "in werk" maakt de plaatsing duurzaam, uitval beëindigt haar en zet de kandidaat terug
 * in het bestand als hij dat wil. Elke wijziging controleert de versie en wordt vastgelegd in het verwerkingenlog.
 */
@Service
public class PlaatsingService {

  static final String ACTIVITEIT = "bemiddeling-plaatsing";
  static final String BETROKKENE = "plaatsing";

  private final PlaatsingRepository repository;
  private final BemiddelingService bemiddeling;
  private final KandidaatApi kandidaten;
  private final WerkgeverApi werkgevers;
  private final AuditApi audit;
  private final BemiddelingProperties properties;
  private final ApplicationEventPublisher events;

  PlaatsingService(PlaatsingRepository repository, BemiddelingService bemiddeling,
      KandidaatApi kandidaten, WerkgeverApi werkgevers, AuditApi audit, BemiddelingProperties properties,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.bemiddeling = bemiddeling;
    this.kandidaten = kandidaten;
    this.werkgevers = werkgevers;
    this.audit = audit;
    this.properties = properties;
    this.events = events;
  }

  /** Uitkomst van het aanmaken: de nieuwe plaatsing, of per veld de sleutel van een melding. */
  public sealed interface Resultaat {
    record Gelukt(PlaatsingId id) implements Resultaat {}

    record Afgekeurd(Map<String, String> fouten) implements Resultaat {}
  }

  // --- aanmaken ---

  /** Een belangstelling met uitkomst MATCH waarvan het regioloket een plaatsing kan maken; anders leeg. */
  public Optional<Belangstelling> tePlaatsen(HuidigeGebruiker g, BelangstellingId id) {
    regioloket(g);
    Belangstelling b = bemiddeling.zichtbaar(g, id);
    return b.status() == BelangstellingStatus.MATCH && repository.vanBelangstelling(id).isEmpty() ? Optional.of(b) : Optional.empty();
  }

  public Optional<Plaatsing> vanBelangstelling(BelangstellingId id) {
    return repository.vanBelangstelling(id);
  }

  /** Het voorstel voor het formulier: type en uren van de werkplek, start over twee weken. */
  public PlaatsingGegevens voorstel(Belangstelling b) {
    Optional<Werkplek> w = werkgevers.werkplek(b.werkplek());
    return new PlaatsingGegevens(w.map(Werkplek::startdatum).filter(d -> !d.isBefore(LocalDate.now(BemiddelingService.TIJDZONE)))
        .orElse(LocalDate.now(BemiddelingService.TIJDZONE).plusWeeks(2)), w.map(Werkplek::type).orElse(null), null,
        w.map(Werkplek::urenPerWeek).orElse(null), w.map(Werkplek::instrumenten).orElse(List.of()), null, null, null);
  }

  @Transactional
  public Resultaat plaats(HuidigeGebruiker g, BelangstellingId belangstellingId, PlaatsingGegevens d) {
    regioloket(g);
    Belangstelling b = bemiddeling.zichtbaar(g, belangstellingId);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (b.status() != BelangstellingStatus.MATCH) fouten.put("status", "bemiddeling.plaatsing.geenMatch");
    else if (repository.vanBelangstelling(belangstellingId).isPresent()) fouten.put("status", "bemiddeling.plaatsing.bestaatAl");
    LocalDate vandaag = LocalDate.now(BemiddelingService.TIJDZONE);
    if (d.startdatum() == null || d.startdatum().isBefore(vandaag.minusYears(1)) || d.startdatum().isAfter(vandaag.plusYears(1))) {
      fouten.put("startdatum", "bemiddeling.plaatsing.fout.startdatum");
    }
    if (d.werkplektype() == null) fouten.put("werkplektype", "bemiddeling.plaatsing.fout.werkplektype");
    if (d.contractvorm() == null) fouten.put("contractvorm", "bemiddeling.plaatsing.fout.contractvorm");
    if (d.urenPerWeek() == null || d.urenPerWeek() < 1 || d.urenPerWeek() > 40) fouten.put("urenPerWeek", "bemiddeling.plaatsing.fout.uren");
    String afspraken = schoon(d.afspraken());
    if (afspraken != null && afspraken.length() > 1000) fouten.put("afspraken", "bemiddeling.plaatsing.fout.afspraken");
    String jobcoach = schoon(d.jobcoach());
    if (jobcoach != null && jobcoach.length() > 200) fouten.put("jobcoach", "bemiddeling.plaatsing.fout.jobcoach");
    String scholing = schoon(d.scholingstraject());
    if (scholing != null && scholing.length() > 200) fouten.put("scholingstraject", "bemiddeling.plaatsing.fout.scholingstraject");
    if (!fouten.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    Plaatsing p = new Plaatsing(PlaatsingId.nieuw(), b.id(), b.regiocode(), b.kandidaat(), b.werkplek(), b.werkgeverOrganisatie(),
        d.startdatum(), d.werkplektype(), d.contractvorm(), d.urenPerWeek(),
        d.instrumenten() == null ? List.of() : d.instrumenten().stream().distinct().sorted().toList(), afspraken,
        jobcoach == null ? null : jobcoach.toLowerCase(java.util.Locale.ROOT), scholing, PlaatsingStatus.GESTART, null, null, null, null, 0);
    repository.voegToe(p, Nazorg.plan(p.startdatum(), properties.nazorgMaanden()), g.gebruikersnaam());
    kandidaten.plaatsingGestart(p.kandidaat(), p.startdatum());
    registreer(g, Handeling.AANMAKEN, p.id(), "Plaatsing vastleggen na een match (start " + p.startdatum() + "); kandidaat uit het bestand");
    events.publishEvent(new PlaatsingGestart(p.id(), p.regiocode(), p.kandidaat(), p.werkplek(), p.werkplektype(), p.startdatum()));
    return new Resultaat.Gelukt(p.id());
  }

  // --- inzien ---

  /** De plaatsingen die deze gebruiker volgt: regioloket en consulent de regio, de jobcoach de eigen. */
  public List<Plaatsing> plaatsingen(HuidigeGebruiker g) {
    return repository.inRegios(g.regiocodes(), jobcoachFilter(g));
  }

  /** Te late nazorgcontacten (werklijst), oudste eerst. */
  public List<Nazorgcontact> werklijst(HuidigeGebruiker g) {
    return repository.teLaat(g.regiocodes(), jobcoachFilter(g), LocalDate.now(BemiddelingService.TIJDZONE));
  }

  public Plaatsing zichtbaar(HuidigeGebruiker g, PlaatsingId id) {
    String coach = jobcoachFilter(g);
    return repository.vind(id).filter(p -> g.werktInRegio(p.regiocode()) && (coach == null || coach.equals(p.jobcoach())))
        .orElseThrow(() -> new NietGevondenException("Plaatsing " + id + " bestaat niet."));
  }

  public List<Nazorgcontact> contacten(PlaatsingId id) {
    return repository.contacten(id);
  }

  public Optional<Werkplek> werkplek(Plaatsing p) {
    return werkgevers.werkplek(p.werkplek());
  }

  // --- nazorg ---

  /**
   * Legt een nazorgcontact vast. In werk op het laatste contact: duurzaam. Uitgevallen: beëindigd, de overige
   * contacten vervallen, en de kandidaat komt terug in het bestand als hij dat wil.
   */
  @Transactional
  public Map<String, String> legContactVast(HuidigeGebruiker g, PlaatsingId id, int maand, Nazorgstatus uitkomst, String reden,
      String activiteiten, boolean terugInBestand, int versie) {
    Plaatsing p = zichtbaar(g, id);
    if (p.versie() != versie) throw gelijktijdig();
    String r = schoon(reden);
    String a = schoon(activiteiten);
    if (r != null && r.length() > 1000) return Map.of("reden", "bemiddeling.nazorg.redenTeLang");
    if (a != null && a.length() > 2000) return Map.of("activiteiten", "bemiddeling.nazorg.activiteitenTeLang");
    LocalDate vandaag = LocalDate.now(BemiddelingService.TIJDZONE);
    return switch (Nazorg.beoordeel(p.status(), repository.contacten(id), maand, uitkomst, r, vandaag)) {
      case Nazorg.Besluit.Afgewezen af -> Map.of(af.reden().endsWith("redenVerplicht") ? "reden" : "uitkomst", af.reden());
      case Nazorg.Besluit.Vastleggen v -> {
        if (!repository.legContactVast(id, maand, v.uitkomst(), r, a, g.gebruikersnaam())) throw gelijktijdig();
        registreer(g, Handeling.WIJZIGEN, id, "Nazorgcontact na " + maand + " maand(en) vastleggen: " + v.uitkomst());
        if (v.gevolg() == PlaatsingStatus.DUURZAAM) maakDuurzaam(g, p, vandaag);
        else if (v.gevolg() == PlaatsingStatus.BEEINDIGD) beeindig(g, p, vandaag, r, terugInBestand);
        else if (!repository.verhoogVersie(id, versie)) throw gelijktijdig();
        yield Map.of();
      }
    };
  }

  /** Beëindigt een lopende plaatsing buiten een contactmoment om (uitval, met reden). */
  @Transactional
  public Map<String, String> beeindig(HuidigeGebruiker g, PlaatsingId id, String reden, boolean terugInBestand, int versie) {
    Plaatsing p = zichtbaar(g, id);
    if (p.versie() != versie) throw gelijktijdig();
    String r = schoon(reden);
    if (r == null || r.length() > 1000) return Map.of("reden", "bemiddeling.nazorg.redenVerplicht");
    if (Plaatsingsverloop.beoordeel(p.status(), PlaatsingStatus.BEEINDIGD) instanceof Plaatsingsverloop.Overgang.Afgewezen a) {
      return Map.of("status", a.reden());
    }
    beeindig(g, p, LocalDate.now(BemiddelingService.TIJDZONE), r, terugInBestand);
    return Map.of();
  }

  private void maakDuurzaam(HuidigeGebruiker g, Plaatsing p, LocalDate op) {
    if (Plaatsingsverloop.beoordeel(p.status(), PlaatsingStatus.DUURZAAM) instanceof Plaatsingsverloop.Overgang.Afgewezen) throw gelijktijdig();
    if (!repository.maakDuurzaam(p.id(), p.versie(), op)) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, p.id(), "Plaatsing duurzaam: het laatste nazorgcontact bevestigt het werk");
    events.publishEvent(new PlaatsingDuurzaam(p.id(), p.regiocode(), p.kandidaat(), p.startdatum(), op));
  }

  private void beeindig(HuidigeGebruiker g, Plaatsing p, LocalDate op, String reden, boolean terug) {
    if (!repository.beeindig(p.id(), p.versie(), op, reden, terug)) throw gelijktijdig();
    repository.laatVervallen(p.id());
    kandidaten.plaatsingBeeindigd(p.kandidaat(), terug);
    registreer(g, Handeling.WIJZIGEN, p.id(), "Plaatsing beëindigd (uitval); kandidaat " + (terug ? "terug in het bestand" : "niet terug in het bestand"));
    events.publishEvent(new PlaatsingBeeindigd(p.id(), p.regiocode(), p.kandidaat(), op, reden, terug));
  }

  // --- hulp ---

  /** De jobcoach ziet alleen de eigen plaatsingen; regioloket en consulent die van de regio; anderen niets. */
  private static String jobcoachFilter(HuidigeGebruiker g) {
    return switch (g.rol()) {
      case REGIOLOKET, CONSULENT -> null;
      case JOBCOACH -> g.gebruikersnaam().toLowerCase(java.util.Locale.ROOT);
      default -> throw new AccessDeniedException("Alleen voor regioloket, consulent en jobcoach");
    };
  }

  private void registreer(HuidigeGebruiker g, Handeling h, PlaatsingId id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, ACTIVITEIT, BETROKKENE,
        id.toString(), doel, "Publieke taak re-integratie"));
  }

  private static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft deze plaatsing intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  private static void regioloket(HuidigeGebruiker g) {
    if (g.rol() != Rol.REGIOLOKET) throw new AccessDeniedException("Alleen voor het regioloket");
  }

  private static String schoon(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
