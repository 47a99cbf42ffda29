package nl.perspectiefopwerk.mobiliteit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.mobiliteit.domain.Clientlevenscyclus;
import nl.perspectiefopwerk.mobiliteit.domain.Geschiktheid;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening;
import nl.perspectiefopwerk.mobiliteit.persistence.MobiliteitRepository;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Het RMT. Toegang: de consulent van een gemeente of het UWV in de regio werkt met de clients van die regio (naam en
 * contact blijven in de regio; elke inzage wordt vastgelegd); de regiocoördinator beheert het team en ziet de monitor
 * van de regio; landelijke rollen zien alleen de monitor. Zelfmelden kan zonder account.
 */
@Service
public class MobiliteitService implements MobiliteitApi {

  static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  static final String ACTIVITEIT = "rmt-client";
  static final String BETROKKENE = "rmt-client";
  static final String GRONDSLAG = "Publieke taak crisisdienstverlening (RMT)";
  static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3}) ?([A-Za-z]{2})?");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final Pattern TELEFOON = Pattern.compile("[+0-9 ()-]{8,20}");

  private final MobiliteitRepository repository;
  private final RegioApi regio;
  private final AuditApi audit;

  MobiliteitService(MobiliteitRepository repository, RegioApi regio, AuditApi audit) {
    this.repository = repository;
    this.regio = regio;
    this.audit = audit;
  }

  // --- monitor ---

  @Override
  public Monitorregel monitor(String regiocode, Periode periode) {
    return MonitorBerekening.bereken(regiocode, periode, repository.clientFeiten(), repository.dienstFeiten(), repository.casusFeiten());
  }

  @Override
  public Monitorregel landelijkeMonitor(Periode periode) {
    return monitor(null, periode);
  }

  /** De monitor die deze gebruiker ziet: regionaal de eigen regio, landelijk elke regio plus het totaal (laatste regel). */
  public List<Monitorregel> monitorVoor(HuidigeGebruiker g, Periode periode) {
    if (g.isNationaal() && g.rol() != Rol.BEHEERDER) {
      var clients = repository.clientFeiten();
      var diensten = repository.dienstFeiten();
      var casussen = repository.casusFeiten();
      List<Monitorregel> uit = new ArrayList<>(MonitorBerekening.perRegio(regio.regios().stream().map(Arbeidsmarktregio::code).toList(),
          periode, clients, diensten, casussen));
      uit.add(MonitorBerekening.bereken(null, periode, clients, diensten, casussen));
      return uit;
    }
    if (g.rol() == Rol.REGIOCOORDINATOR || isRmtConsulent(g)) return List.of(monitor(g.hoofdregio(), periode));
    throw new AccessDeniedException("Geen toegang tot de RMT-monitor");
  }

  // --- team ---

  public Optional<Team> team(HuidigeGebruiker g) {
    if (g.hoofdregio() == null || (g.rol() != Rol.REGIOCOORDINATOR && !isRmtConsulent(g))) throw new AccessDeniedException("Geen RMT-toegang");
    return repository.team(g.hoofdregio());
  }

  /** Legt het team van de regio vast of wijzigt naam en startdatum (regiocoördinator). */
  @Transactional
  public Map<String, String> bewaarTeam(HuidigeGebruiker g, String naam, LocalDate operationeelSinds, Integer versie) {
    coordinator(g);
    String n = schoon(naam);
    if (n == null || n.length() > 200) return Map.of("naam", "mobiliteit.fout.teamnaam");
    if (operationeelSinds != null && operationeelSinds.isBefore(Geschiktheid.PEILDATUM)) return Map.of("operationeelSinds", "mobiliteit.fout.sinds");
    Optional<Team> bestaand = repository.team(g.hoofdregio());
    if (bestaand.isEmpty()) {
      UUID id = UUID.randomUUID();
      repository.voegTeamToe(id, g.hoofdregio(), n, operationeelSinds);
      auditTeam(g, Handeling.AANMAKEN, id, "Regionaal mobiliteitsteam vastleggen");
      return Map.of();
    }
    if (versie == null || !repository.wijzigTeam(bestaand.get().id(), versie, n, operationeelSinds)) throw gelijktijdig();
    auditTeam(g, Handeling.WIJZIGEN, bestaand.get().id(), "Gegevens van het mobiliteitsteam wijzigen");
    return Map.of();
  }

  @Transactional
  public Map<String, String> voegLidToe(HuidigeGebruiker g, String naam, Lidsoort soort, boolean partner, int versie) {
    coordinator(g);
    Team t = repository.team(g.hoofdregio()).orElseThrow(() -> new NietGevondenException("Er is nog geen team."));
    String n = schoon(naam);
    if (n == null || n.length() > 200) return Map.of("lidnaam", "mobiliteit.fout.lidnaam");
    if (soort == null) return Map.of("soort", "mobiliteit.fout.lidsoort");
    if (!repository.verhoogTeamversie(t.id(), versie)) throw gelijktijdig();
    repository.voegLidToe(t.id(), n, soort, partner);
    auditTeam(g, Handeling.WIJZIGEN, t.id(), (partner ? "Partner " : "Lid ") + "toevoegen aan het mobiliteitsteam");
    return Map.of();
  }

  @Transactional
  public void verwijderLid(HuidigeGebruiker g, UUID lid, int versie) {
    coordinator(g);
    Team t = repository.team(g.hoofdregio()).orElseThrow(() -> new NietGevondenException("Er is nog geen team."));
    if (!repository.verhoogTeamversie(t.id(), versie)) throw gelijktijdig();
    if (!repository.verwijderLid(t.id(), lid)) throw new NietGevondenException("Dit lid bestaat niet.");
    auditTeam(g, Handeling.WIJZIGEN, t.id(), "Lid of partner verwijderen uit het mobiliteitsteam");
  }

  // --- intake ---

  /** Zelfmelden via het openbare formulier: de regio volgt uit de postcode. */
  @Transactional
  public Resultaat meldZelfAan(ClientGegevens d) {
    Map<String, String> fouten = new LinkedHashMap<>();
    String regiocode = null;
    Matcher m = d.postcode() == null ? null : POSTCODE.matcher(d.postcode().strip());
    if (m == null || !m.matches()) fouten.put("postcode", "mobiliteit.fout.postcode");
    else {
      Optional<PostcodeGebied> gebied = regio.postcode(new Postcode4(m.group(1)));
      if (gebied.isEmpty() || gebied.get().regio() == null) fouten.put("postcode", "mobiliteit.fout.postcodeOnbekend");
      else regiocode = gebied.get().regio().code();
    }
    if (schoon(d.email()) == null && schoon(d.telefoon()) == null) fouten.put("email", "mobiliteit.fout.contact");
    if (!Boolean.TRUE.equals(d.toestemming())) fouten.put("toestemming", "mobiliteit.fout.toestemming");
    Optional<Client> c = valideer(d, regiocode, Herkomst.ZELFMELDING, fouten);
    if (c.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    repository.voegClientToe(c.get());
    audit.registreer(new Dataverwerking(new Actor("zelfmelding", null, "ANONIEM"), Handeling.AANMAKEN, ACTIVITEIT, BETROKKENE,
        c.get().id().toString(), "Aanmelding bij het regionale mobiliteitsteam (zelfmelding)", "Toestemming betrokkene"));
    return new Resultaat.Gelukt(c.get().id());
  }

  /** Intake door een consulent van gemeente of UWV in de eigen regio. */
  @Transactional
  public Resultaat neemIn(HuidigeGebruiker g, ClientGegevens d) {
    consulent(g);
    Map<String, String> fouten = new LinkedHashMap<>();
    Herkomst herkomst = d.herkomst() == null ? (g.organisatieType() == OrganisatieType.UWV ? Herkomst.UWV : Herkomst.GEMEENTE) : d.herkomst();
    Optional<Client> c = valideer(d, g.hoofdregio(), herkomst, fouten);
    if (c.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    repository.voegClientToe(c.get());
    registreer(g, Handeling.AANMAKEN, c.get().id(), "Intake van een client bij het mobiliteitsteam");
    return new Resultaat.Gelukt(c.get().id());
  }

  private Optional<Client> valideer(ClientGegevens d, String regiocode, Herkomst herkomst, Map<String, String> fouten) {
    LocalDate vandaag = LocalDate.now(TIJDZONE);
    String naam = schoon(d.naam());
    if (naam == null || naam.length() > 200) fouten.put("naam", "mobiliteit.fout.naam");
    String email = schoon(d.email());
    if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) fouten.put("email", "mobiliteit.fout.email");
    String telefoon = schoon(d.telefoon());
    if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) fouten.put("telefoon", "mobiliteit.fout.telefoon");
    if (d.situatie() == null) fouten.put("situatie", "mobiliteit.fout.situatie");
    if (Geschiktheid.beoordeel(d.datumBaanverlies(), d.situatie() == Situatie.BAAN_BEDREIGD, vandaag) instanceof Geschiktheid.Uitkomst.Afgewezen a) {
      fouten.put("datumBaanverlies", a.reden());
    }
    if (d.categorie() == null) fouten.put("categorie", "mobiliteit.fout.categorie");
    if (d.geboortedatum() != null && (d.geboortedatum().isAfter(vandaag.minusYears(15)) || d.geboortedatum().isBefore(vandaag.minusYears(80)))) {
      fouten.put("geboortedatum", "mobiliteit.fout.geboortedatum");
    }
    String vraag = schoon(d.vraag());
    if (vraag != null && vraag.length() > 2000) fouten.put("vraag", "mobiliteit.fout.vraag");
    if (!fouten.isEmpty() || regiocode == null) return Optional.empty();
    return Optional.of(new Client(ClientId.nieuw(), regiocode, naam, email == null ? null : email.toLowerCase(java.util.Locale.ROOT), telefoon,
        d.situatie(), d.datumBaanverlies(), d.categorie(), Geschiktheid.isJongere(d.geboortedatum(), vandaag),
        Boolean.TRUE.equals(d.schoolverlater()), herkomst, vraag, Clientstatus.AANGEMELD, null, Instant.now(), null, null, null, 0));
  }

  // --- clients ---

  /** De clients van de regio; elke getoonde naam is een inzage en wordt vastgelegd. */
  @Transactional
  public List<Client> clients(HuidigeGebruiker g) {
    consulent(g);
    List<Client> lijst = repository.clients(g.hoofdregio());
    if (!lijst.isEmpty()) {
      audit.registreerVoorElk(new Dataverwerking(actor(g), Handeling.INZIEN, ACTIVITEIT, BETROKKENE, "lijst",
          "Overzicht van RMT-clients bekijken", GRONDSLAG), lijst.stream().map(c -> c.id().toString()).toList());
    }
    return lijst;
  }

  /** Eén client met naam en contact, na toegangscontrole; de inzage wordt vastgelegd. */
  @Transactional
  public Client bekijk(HuidigeGebruiker g, ClientId id) {
    Client c = zichtbaar(g, id);
    registreer(g, Handeling.INZIEN, id, "Gegevens van een RMT-client bekijken");
    return c;
  }

  public List<Casusbespreking> casussen(HuidigeGebruiker g, ClientId id) {
    zichtbaar(g, id);
    return repository.casussen(id);
  }

  public List<Dienst> diensten(HuidigeGebruiker g, ClientId id) {
    zichtbaar(g, id);
    return repository.diensten(id);
  }

  @Transactional
  public Map<String, String> wijzigStatus(HuidigeGebruiker g, ClientId id, Clientstatus naar, Clientuitkomst uitkomst, int versie) {
    Client c = zichtbaar(g, id);
    if (c.versie() != versie) throw gelijktijdig();
    if (naar == null) return Map.of("status", "mobiliteit.overgang.afgewezen");
    if (Clientlevenscyclus.beoordeel(c.status(), naar, uitkomst) instanceof Clientlevenscyclus.Besluit.Afgewezen a) {
      return Map.of(naar == Clientstatus.AFGESLOTEN ? "uitkomst" : "status", a.reden());
    }
    if (!repository.wijzigStatus(id, versie, c.status(), naar, uitkomst, g.gebruikersnaam(), Instant.now())) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, id, "RMT-client: " + c.status() + " → " + naar + (uitkomst == null ? "" : " (" + uitkomst + ")"));
    return Map.of();
  }

  @Transactional
  public Map<String, String> bespreekCasus(HuidigeGebruiker g, ClientId id, LocalDate datum, String deelnemers, String afspraken, int versie) {
    Client c = zichtbaar(g, id);
    if (c.versie() != versie) throw gelijktijdig();
    if (!Clientlevenscyclus.kanOndersteunen(c.status())) return Map.of("status", "mobiliteit.fout.nietInBehandeling");
    Map<String, String> fouten = new LinkedHashMap<>();
    if (datum == null || datum.isAfter(LocalDate.now(TIJDZONE))) fouten.put("casusdatum", "mobiliteit.fout.casusdatum");
    String wie = schoon(deelnemers);
    if (wie == null || wie.length() > 500) fouten.put("deelnemers", "mobiliteit.fout.deelnemers");
    String wat = schoon(afspraken);
    if (wat == null || wat.length() > 2000) fouten.put("afspraken", "mobiliteit.fout.afspraken");
    if (!fouten.isEmpty()) return fouten;
    if (!repository.verhoogClientversie(id, versie)) throw gelijktijdig();
    repository.voegCasusToe(new Casusbespreking(UUID.randomUUID(), id, datum, wie, wat, g.gebruikersnaam()));
    registreer(g, Handeling.WIJZIGEN, id, "Casusbespreking in het mobiliteitsteam vastleggen");
    return Map.of();
  }

  @Transactional
  public Map<String, String> zetDienstIn(HuidigeGebruiker g, ClientId id, Dienstsoort soort, LocalDate startdatum, int versie) {
    Client c = zichtbaar(g, id);
    if (c.versie() != versie) throw gelijktijdig();
    if (!Clientlevenscyclus.kanOndersteunen(c.status())) return Map.of("status", "mobiliteit.fout.nietInBehandeling");
    if (soort == null) return Map.of("dienstsoort", "mobiliteit.fout.dienstsoort");
    if (startdatum == null || startdatum.isAfter(LocalDate.now(TIJDZONE).plusMonths(3))) return Map.of("dienststart", "mobiliteit.fout.dienststart");
    if (!repository.verhoogClientversie(id, versie)) throw gelijktijdig();
    repository.voegDienstToe(new Dienst(UUID.randomUUID(), id, soort, startdatum, g.gebruikersnaam()));
    registreer(g, Handeling.WIJZIGEN, id, "Dienst " + soort + " inzetten");
    return Map.of();
  }

  // --- toegang ---

  /** Consulent van een gemeente of het UWV: de professionals van het RMT. */
  public static boolean isRmtConsulent(HuidigeGebruiker g) {
    return g.rol() == Rol.CONSULENT && (g.organisatieType() == OrganisatieType.GEMEENTE || g.organisatieType() == OrganisatieType.UWV)
        && g.hoofdregio() != null;
  }

  public static boolean magZien(HuidigeGebruiker g, Client c) {
    return isRmtConsulent(g) && g.werktInRegio(c.regiocode());
  }

  private Client zichtbaar(HuidigeGebruiker g, ClientId id) {
    return repository.client(id).filter(c -> magZien(g, c)).orElseThrow(() -> new NietGevondenException("Client " + id + " bestaat niet."));
  }

  private static void consulent(HuidigeGebruiker g) {
    if (!isRmtConsulent(g)) throw new AccessDeniedException("Alleen consulenten van gemeente of UWV");
  }

  private static void coordinator(HuidigeGebruiker g) {
    if (g.rol() != Rol.REGIOCOORDINATOR || g.hoofdregio() == null) throw new AccessDeniedException("Alleen de regiocoördinator");
  }

  private static String schoon(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  private static Actor actor(HuidigeGebruiker g) {
    return new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name());
  }

  private void registreer(HuidigeGebruiker g, Handeling h, ClientId id, String doel) {
    audit.registreer(new Dataverwerking(actor(g), h, ACTIVITEIT, BETROKKENE, id.toString(), doel, GRONDSLAG));
  }

  private void auditTeam(HuidigeGebruiker g, Handeling h, UUID id, String doel) {
    audit.registreer(new Dataverwerking(actor(g), h, "rmt-team", "rmt-team", id.toString(), doel, null));
  }

  /** Uitkomst van een intake. */
  public sealed interface Resultaat {
    record Gelukt(ClientId id) implements Resultaat {}

    record Afgekeurd(Map<String, String> fouten) implements Resultaat {}
  }
}
