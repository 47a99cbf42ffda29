package nl.perspectiefopwerk.scholing;

import java.time.LocalDate;
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
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.scholing.domain.KengetallenBerekening;
import nl.perspectiefopwerk.scholing.domain.Trajectlevenscyclus;
import nl.perspectiefopwerk.scholing.domain.Trajectlevenscyclus.Besluit;
import nl.perspectiefopwerk.scholing.persistence.ScholingRepository;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scholingstrajecten en de pilot praktijkleren. Toegang: de consulent (gemeente of UWV) de trajecten van de eigen
 * organisatie, het regioloket die van de regio, de onderwijspartner de trajecten waaraan hij gekoppeld is (alleen
 * starten en de uitkomst vastleggen); de regiocoördinator en landelijke rollen zien alleen kengetallen. Voor ieder
 * ander bestaat een traject niet (404). Elke wijziging controleert de versie en wordt vastgelegd.
 */
@Service
public class ScholingService implements ScholingApi {

  static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  static final String ACTIVITEIT = "scholing-traject";
  static final String BETROKKENE = "scholingstraject";

  private final ScholingRepository repository;
  private final KandidaatApi kandidaten;
  private final ToegangApi toegang;
  private final AuditApi audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactie;

  ScholingService(ScholingRepository repository, KandidaatApi kandidaten, ToegangApi toegang, AuditApi audit,
      ApplicationEventPublisher events, TransactionTemplate transactie) {
    this.repository = repository;
    this.kandidaten = kandidaten;
    this.transactie = transactie;
    this.toegang = toegang;
    this.audit = audit;
    this.events = events;
  }

  // --- kengetallen ---

  @Override
  public Kengetallen kengetallen(String regiocode) {
    return KengetallenBerekening.voorRegio(regiocode, repository.feiten(regiocode));
  }

  @Override
  public List<Kengetallen> kengetallenPerRegio() {
    return KengetallenBerekening.perRegio(repository.feiten(null));
  }

  /** Kengetallen die deze gebruiker mag zien: landelijke rollen alle regio's, regionale rollen de eigen regio. */
  public List<Kengetallen> zichtbareKengetallen(HuidigeGebruiker g) {
    if (g.rol() == Rol.KANDIDAAT || g.rol() == Rol.WERKGEVER || g.rol() == Rol.BEMIDDELAAR) {
      throw new AccessDeniedException("Geen toegang tot scholingskengetallen");
    }
    if (g.isNationaal()) return kengetallenPerRegio();
    return g.regiocodes().stream().map(this::kengetallen).toList();
  }

  // --- trajecten ---

  public List<Traject> trajecten(HuidigeGebruiker g) {
    return switch (g.rol()) {
      case CONSULENT -> repository.vanOrganisatie(organisatie(g));
      case REGIOLOKET -> repository.inRegios(g.regiocodes());
      case ONDERWIJS -> repository.vanOnderwijs(organisatie(g));
      default -> throw new AccessDeniedException("Alleen consulent, regioloket en onderwijs zien trajecten");
    };
  }

  public static boolean magZien(HuidigeGebruiker g, Traject t) {
    UUID org = g.organisatieId() == null ? null : g.organisatieId().waarde();
    return switch (g.rol()) {
      case CONSULENT -> org != null && org.equals(t.organisatieId());
      case REGIOLOKET -> g.werktInRegio(t.regiocode());
      case ONDERWIJS -> org != null && org.equals(t.onderwijsOrganisatieId());
      default -> false;
    };
  }

  /** Mag deze gebruiker de gegevens van het traject wijzigen (het onderwijs legt alleen de voortgang vast)? */
  public static boolean magBeheren(HuidigeGebruiker g, Traject t) {
    return magZien(g, t) && (g.rol() == Rol.CONSULENT || g.rol() == Rol.REGIOLOKET);
  }

  /** Het traject als de gebruiker het mag zien (de inzage wordt vastgelegd); anders bestaat het niet. */
  @Transactional
  public Traject bekijk(HuidigeGebruiker g, TrajectId id) {
    Traject t = zichtbaar(g, id);
    registreer(g, Handeling.INZIEN, id, "Scholingstraject van een kandidaat bekijken");
    return t;
  }

  private Traject zichtbaar(HuidigeGebruiker g, TrajectId id) {
    return repository.vind(id).filter(t -> magZien(g, t))
        .orElseThrow(() -> new NietGevondenException("Traject " + id + " bestaat niet."));
  }

  /** De onderwijspartners in de regio van de gebruiker (scholen, SBB, leerwerkloket). */
  public List<Organisatie> onderwijspartners(HuidigeGebruiker g) {
    String regio = g.hoofdregio();
    return regio == null ? List.of()
        : toegang.organisatiesInRegio(regio).stream().filter(o -> o.type() == OrganisatieType.ONDERWIJS).toList();
  }

  /**
   * Legt een traject vast (GEPLAND). De kandidaat moet bestaan en de gebruiker moet hem mogen begeleiden: de module
   * kandidaat beslist dat (consulent van de eigen organisatie, regioloket van de regio) en legt de controle vast.
   * Die controle loopt in een eigen transactie, vóór het opslaan.
   */
  public Resultaat registreer(HuidigeGebruiker g, TrajectGegevens d) {
    if (g.rol() != Rol.CONSULENT && g.rol() != Rol.REGIOLOKET) throw new AccessDeniedException("Alleen consulent en regioloket");
    UUID org = organisatie(g);
    Map<String, String> fouten = new LinkedHashMap<>();
    Optional<KandidaatId> kandidaat = kandidaat(g, d.kandidaat()).filter(k -> magBegeleiden(g, k));
    if (kandidaat.isEmpty()) fouten.put("kandidaat", "scholing.fout.kandidaat");
    valideer(g, d, fouten);
    if (!fouten.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    Traject t = bouw(TrajectId.nieuw(), g.hoofdregio(), org, kandidaat.get(), d, TrajectStatus.GEPLAND, null, null, g.gebruikersnaam(), 0);
    transactie.executeWithoutResult(s -> {
      repository.voegToe(t);
      registreer(g, Handeling.AANMAKEN, t.id(), "Scholingstraject " + t.type() + " vastleggen");
    });
    return new Resultaat.Gelukt(t.id());
  }

  private boolean magBegeleiden(HuidigeGebruiker g, KandidaatId k) {
    return kandidaten.magBegeleiden(g, k);
  }

  @Transactional
  public Resultaat wijzig(HuidigeGebruiker g, TrajectId id, TrajectGegevens d, int versie) {
    Traject oud = zichtbaar(g, id);
    if (!magBeheren(g, oud)) throw new AccessDeniedException("Alleen de begeleidende organisatie wijzigt een traject");
    if (oud.versie() != versie) throw gelijktijdig();
    if (Trajectlevenscyclus.mogelijkVanuit(oud.status()).isEmpty()) return new Resultaat.Afgekeurd(Map.of("status", "scholing.fout.afgesloten"));
    Map<String, String> fouten = new LinkedHashMap<>();
    valideer(g, d, fouten);
    if (oud.status() != TrajectStatus.GEPLAND && d.type() != oud.type()) fouten.put("type", "scholing.fout.typeVast");
    if (!fouten.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    Traject nieuw = bouw(id, oud.regiocode(), oud.organisatieId(), oud.kandidaat(), d, oud.status(), oud.uitkomst(), oud.uitkomstDatum(),
        oud.aangemaaktDoor(), versie);
    if (!repository.wijzig(nieuw, versie)) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, id, "Gegevens van het scholingstraject wijzigen");
    return new Resultaat.Gelukt(id);
  }

  /**
   * Een statusovergang (starten, afronden met uitkomst, stoppen). De consulent, het regioloket en de gekoppelde
   * onderwijspartner mogen dit; een afwijzing door de levenscyclus is een uitkomst.
   */
  @Transactional
  public Map<String, String> wijzigStatus(HuidigeGebruiker g, TrajectId id, TrajectStatus naar, Opleidingsuitkomst uitkomst,
      LocalDate datum, int versie) {
    Traject t = zichtbaar(g, id);
    if (t.versie() != versie) throw gelijktijdig();
    if (naar == null) return Map.of("status", "scholing.overgang.afgewezen");
    Besluit besluit = Trajectlevenscyclus.beoordeel(t.type(), t.status(), naar, uitkomst);
    if (besluit instanceof Besluit.Afgewezen a) return Map.of(naar == TrajectStatus.AFGEROND ? "uitkomst" : "status", a.reden());
    Besluit.Toegestaan ok = (Besluit.Toegestaan) besluit;
    LocalDate vandaag = LocalDate.now(TIJDZONE);
    LocalDate op = datum == null ? vandaag : datum;
    if (op.isAfter(vandaag) || op.isBefore(t.startdatum())) return Map.of("datum", "scholing.fout.uitkomstDatum");
    boolean einde = naar == TrajectStatus.AFGEROND || naar == TrajectStatus.GESTOPT;
    if (!repository.wijzigStatus(id, versie, t.status(), naar, ok.uitkomst(), einde ? op : null)) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, id, "Scholingstraject: " + t.status() + " → " + naar + (ok.uitkomst() == null ? "" : " (" + ok.uitkomst() + ")"));
    if (einde) events.publishEvent(new TrajectAfgerond(id, t.regiocode(), t.type(), ok.uitkomst()));
    return Map.of();
  }

  // --- pilot praktijkleren ---

  public List<PilotAanmelding> pilots(HuidigeGebruiker g) {
    if (g.isNationaal()) return repository.pilots(null);
    if (g.rol() != Rol.REGIOCOORDINATOR) throw new AccessDeniedException("Alleen regiocoördinator en landelijke rollen");
    return repository.pilots(g.hoofdregio());
  }

  /** De regiocoördinator meldt de regio aan voor een tranche (1 of 2); dubbel aanmelden kan niet. */
  @Transactional
  public Map<String, String> meldAanVoorPilot(HuidigeGebruiker g, Integer tranche, String toelichting) {
    if (g.rol() != Rol.REGIOCOORDINATOR || g.hoofdregio() == null) throw new AccessDeniedException("Alleen de regiocoördinator");
    if (tranche == null || (tranche != 1 && tranche != 2)) return Map.of("tranche", "scholing.fout.tranche");
    String t = schoon(toelichting);
    if (t != null && t.length() > 1000) return Map.of("toelichting", "scholing.fout.toelichting");
    PilotAanmelding p = new PilotAanmelding(UUID.randomUUID(), g.hoofdregio(), tranche, PilotStatus.AANGEMELD, t, g.gebruikersnaam(), null,
        null, null, 0);
    if (!repository.voegPilotToe(p)) return Map.of("tranche", "scholing.fout.alAangemeld");
    auditPilot(g, Handeling.AANMAKEN, p.id(), "Aanmelding pilot praktijkleren tranche " + tranche);
    return Map.of();
  }

  /** SZW (en OCW) besluiten over een aanmelding. */
  @Transactional
  public Map<String, String> besluitPilot(HuidigeGebruiker g, UUID id, boolean toekennen, int versie) {
    if (g.rol() != Rol.MINISTERIE) throw new AccessDeniedException("Alleen het ministerie besluit");
    PilotAanmelding p = repository.pilot(id).orElseThrow(() -> new NietGevondenException("Aanmelding bestaat niet."));
    if (p.versie() != versie) throw gelijktijdig();
    if (p.status() != PilotStatus.AANGEMELD) return Map.of("status", "scholing.overgang.afgewezen");
    if (!repository.besluitPilot(id, versie, toekennen ? PilotStatus.TOEGEKEND : PilotStatus.AFGEWEZEN, g.gebruikersnaam())) {
      throw gelijktijdig();
    }
    auditPilot(g, Handeling.WIJZIGEN, id, "Besluit pilot praktijkleren: " + (toekennen ? "toegekend" : "afgewezen"));
    return Map.of();
  }

  // --- hulp ---

  private Optional<KandidaatId> kandidaat(HuidigeGebruiker g, String invoer) {
    String s = schoon(invoer);
    if (s == null) return Optional.empty();
    try {
      return Optional.of(new KandidaatId(UUID.fromString(s)));
    } catch (IllegalArgumentException e) {
      // het regioloket mag een profielcode uit het regionale bestand gebruiken
      return g.rol() == Rol.REGIOLOKET ? kandidaten.kandidaatVoorProfielcode(g, s) : Optional.empty();
    }
  }

  private void valideer(HuidigeGebruiker g, TrajectGegevens d, Map<String, String> fouten) {
    if (d.type() == null) fouten.put("type", "scholing.fout.type");
    String opleiding = schoon(d.opleiding());
    if (opleiding == null || opleiding.length() > 200) fouten.put("opleiding", "scholing.fout.opleiding");
    String leerbedrijf = schoon(d.erkendLeerbedrijf());
    if ((d.type() == Trajecttype.PRAKTIJKLEREN || d.type() == Trajecttype.BBL) && leerbedrijf == null) {
      fouten.put("erkendLeerbedrijf", "scholing.fout.leerbedrijf");
    }
    if (leerbedrijf != null && leerbedrijf.length() > 200) fouten.put("erkendLeerbedrijf", "scholing.fout.leerbedrijf");
    String opleider = schoon(d.praktijkopleider());
    if (opleider != null && opleider.length() > 200) fouten.put("praktijkopleider", "scholing.fout.praktijkopleider");
    if (d.startdatum() == null) fouten.put("startdatum", "scholing.fout.startdatum");
    if (d.einddatum() != null && d.startdatum() != null && d.einddatum().isBefore(d.startdatum())) {
      fouten.put("einddatum", "scholing.fout.einddatum");
    }
    if (d.onderwijsOrganisatieId() != null
        && onderwijspartners(g).stream().noneMatch(o -> o.id().waarde().equals(d.onderwijsOrganisatieId()))) {
      fouten.put("onderwijsOrganisatieId", "scholing.fout.onderwijs");
    }
    String plaatsing = schoon(d.plaatsingRef());
    if (plaatsing != null && plaatsing.length() > 100) fouten.put("plaatsingRef", "scholing.fout.plaatsing");
  }

  private static Traject bouw(TrajectId id, String regio, UUID org, KandidaatId kandidaat, TrajectGegevens d, TrajectStatus status,
      Opleidingsuitkomst uitkomst, LocalDate uitkomstDatum, String door, int versie) {
    return new Traject(id, regio, org, kandidaat, d.type(), d.opleiding().strip(), schoon(d.erkendLeerbedrijf()), schoon(d.praktijkopleider()),
        d.onderwijsOrganisatieId(), d.startdatum(), d.einddatum(), Boolean.TRUE.equals(d.erkendCertificaat()), schoon(d.plaatsingRef()),
        status, uitkomst, uitkomstDatum, door, versie);
  }

  private static UUID organisatie(HuidigeGebruiker g) {
    if (g.organisatieId() == null || g.hoofdregio() == null) throw new AccessDeniedException("Geen organisatie of regio");
    return g.organisatieId().waarde();
  }

  static String schoon(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  private void registreer(HuidigeGebruiker g, Handeling h, TrajectId id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, ACTIVITEIT, BETROKKENE,
        id.toString(), doel, "Publieke taak re-integratie"));
  }

  private void auditPilot(HuidigeGebruiker g, Handeling h, UUID id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, "scholing-pilot",
        "pilotaanmelding", id.toString(), doel, null));
  }

  /** Uitkomst van registreren of wijzigen. */
  public sealed interface Resultaat {
    record Gelukt(TrajectId id) implements Resultaat {}

    record Afgekeurd(Map<String, String> fouten) implements Resultaat {}
  }
}
