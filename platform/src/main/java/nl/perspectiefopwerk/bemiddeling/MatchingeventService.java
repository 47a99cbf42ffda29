package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.bemiddeling.persistence.BelangstellingRepository;
import nl.perspectiefopwerk.bemiddeling.persistence.MatchingeventRepository;
import nl.perspectiefopwerk.bemiddeling.persistence.PlaatsingRepository;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matchingevents van het regioloket: werkgevers en kandidaten (anoniem, op profielcode) uitnodigen,
 * aanwezigheid vastleggen en vervolggesprekken aanmaken. Een vervolggesprek is een gewone belangstelling van de
 * werkgever (status AANGEVRAAGD) en gaat dus door dezelfde toestemmingspoort; plaatsingen daaruit tellen als
 * resultaat van het event. Een werkgever ziet alleen de events waarvoor hij is uitgenodigd, zonder kandidaatgegevens.
 */
@Service
public class MatchingeventService {

  static final String ACTIVITEIT = "bemiddeling-matchingevent";

  private final MatchingeventRepository repository;
  private final BelangstellingRepository belangstellingen;
  private final PlaatsingRepository plaatsingen;
  private final BemiddelingService bemiddeling;
  private final KandidaatApi kandidaten;
  private final WerkgeverApi werkgevers;
  private final ToegangApi toegang;
  private final AuditApi audit;
  private final BemiddelingProperties properties;

  MatchingeventService(MatchingeventRepository repository, BelangstellingRepository belangstellingen, PlaatsingRepository plaatsingen,
      BemiddelingService bemiddeling, KandidaatApi kandidaten, WerkgeverApi werkgevers, ToegangApi toegang, AuditApi audit,
      BemiddelingProperties properties) {
    this.repository = repository;
    this.belangstellingen = belangstellingen;
    this.plaatsingen = plaatsingen;
    this.bemiddeling = bemiddeling;
    this.kandidaten = kandidaten;
    this.werkgevers = werkgevers;
    this.toegang = toegang;
    this.audit = audit;
    this.properties = properties;
  }

  /** Uitkomst van het aanmaken. */
  public sealed interface Resultaat {
    record Gelukt(MatchingeventId id) implements Resultaat {}

    record Afgekeurd(Map<String, String> fouten) implements Resultaat {}
  }

  /** Wat het event opleverde: vervolggesprekken (belangstellingen) en plaatsingen. */
  public record Opbrengst(List<Belangstelling> gesprekken, List<Plaatsing> plaatsingen) {}

  @Transactional
  public Resultaat maak(HuidigeGebruiker g, Matchingeventtype type, String titel, LocalDate datum, String plaats) {
    regioloket(g);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (type == null) fouten.put("type", "bemiddeling.event.fout.type");
    String t = schoon(titel);
    if (t == null || t.length() > 200) fouten.put("titel", "bemiddeling.event.fout.titel");
    if (datum == null) fouten.put("datum", "bemiddeling.event.fout.datum");
    String p = schoon(plaats);
    if (p != null && p.length() > 300) fouten.put("plaats", "bemiddeling.event.fout.plaats");
    if (p == null && type != null && type != Matchingeventtype.ONLINE) fouten.put("plaats", "bemiddeling.event.fout.plaats");
    if (!fouten.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    Matchingevent e = new Matchingevent(MatchingeventId.nieuw(), g.hoofdregio(), type, t, datum, p, List.of(), List.of(), 0);
    repository.voegToe(e, g.gebruikersnaam());
    registreer(g, Handeling.AANMAKEN, e.id(), "Matchingevent aanmaken (" + type + ", " + datum + ")");
    return new Resultaat.Gelukt(e.id());
  }

  public List<Matchingevent> lijst(HuidigeGebruiker g) {
    UUID werkgever = switch (g.rol()) {
      case REGIOLOKET -> null;
      case WERKGEVER -> g.organisatieId().waarde();
      default -> throw new AccessDeniedException("Alleen voor regioloket en werkgever");
    };
    return repository.inRegios(g.regiocodes(), werkgever).stream().map(id -> repository.vind(id, this::naam).orElseThrow()).toList();
  }

  /** Het event als deze gebruiker het mag zien (regioloket van de regio, of een uitgenodigde werkgever). */
  public Matchingevent zichtbaar(HuidigeGebruiker g, MatchingeventId id) {
    return repository.vind(id, this::naam).filter(e -> g.werktInRegio(e.regiocode()) && switch (g.rol()) {
      case REGIOLOKET -> true;
      case WERKGEVER -> g.organisatieId() != null && e.werkgevers().stream().anyMatch(w -> w.organisatie().equals(g.organisatieId().waarde()));
      default -> false;
    }).orElseThrow(() -> new NietGevondenException("Matchingevent " + id + " bestaat niet."));
  }

  /** De werkgevers in de regio die het regioloket kan uitnodigen. */
  public List<Organisatie> uitTeNodigenWerkgevers(HuidigeGebruiker g) {
    regioloket(g);
    return toegang.organisatiesInRegio(g.hoofdregio()).stream().filter(o -> o.type() == OrganisatieType.WERKGEVER).toList();
  }

  @Transactional
  public Map<String, String> nodigWerkgeverUit(HuidigeGebruiker g, MatchingeventId id, UUID organisatie, int versie) {
    Matchingevent e = vanRegioloket(g, id, versie);
    if (organisatie == null || uitTeNodigenWerkgevers(g).stream().noneMatch(o -> o.id().waarde().equals(organisatie))) {
      return Map.of("werkgever", "bemiddeling.event.fout.werkgever");
    }
    repository.nodigWerkgeverUit(id, organisatie);
    wijzig(g, e, "Werkgever uitnodigen voor het matchingevent");
    return Map.of();
  }

  /** Nodigt een kandidaat uit op de profielcode die het regioloket in het bestand ziet. */
  @Transactional
  public Map<String, String> nodigKandidaatUit(HuidigeGebruiker g, MatchingeventId id, String profielcode, int versie) {
    Matchingevent e = vanRegioloket(g, id, versie);
    String code = schoon(profielcode);
    Optional<KandidaatId> k = code == null ? Optional.empty() : kandidaten.kandidaatVoorProfielcode(g, code);
    if (k.isEmpty()) return Map.of("profielcode", "bemiddeling.event.fout.profielcode");
    repository.nodigKandidaatUit(id, k.get(), code);
    wijzig(g, e, "Kandidaat (profiel " + code + ") uitnodigen voor het matchingevent");
    return Map.of();
  }

  @Transactional
  public void legAanwezigheidVast(HuidigeGebruiker g, MatchingeventId id, Map<UUID, Boolean> werkgeversAanwezig,
      Map<String, Boolean> kandidatenAanwezig, int versie) {
    Matchingevent e = vanRegioloket(g, id, versie);
    werkgeversAanwezig.forEach((o, a) -> repository.aanwezigWerkgever(id, o, a));
    for (Matchingevent.Kandidaat k : e.kandidaten()) {
      Boolean a = kandidatenAanwezig.get(k.profielcode());
      if (a != null) repository.aanwezigKandidaat(id, k.kandidaat(), a);
    }
    wijzig(g, e, "Aanwezigheid bij het matchingevent vastleggen");
  }

  /**
   * Een vervolggesprek tussen een aanwezige werkgever en een aanwezige kandidaat: een belangstelling van die
   * werkgever voor een van zijn open werkplekken, in de wachtrij van het regioloket (toestemmingspoort als altijd).
   */
  @Transactional
  public Map<String, String> vervolggesprek(HuidigeGebruiker g, MatchingeventId id, String profielcode, UUID werkplekId, String bericht,
      int versie) {
    Matchingevent e = vanRegioloket(g, id, versie);
    Map<String, String> fouten = new LinkedHashMap<>();
    Optional<Matchingevent.Kandidaat> k = e.kandidaten().stream()
        .filter(x -> x.profielcode().equals(profielcode) && Boolean.TRUE.equals(x.aanwezig())).findFirst();
    if (k.isEmpty()) fouten.put("profielcode", "bemiddeling.event.fout.kandidaatAanwezig");
    Optional<Werkplek> w = werkplekId == null ? Optional.empty() : werkgevers.werkplek(new nl.perspectiefopwerk.werkgever.WerkplekId(werkplekId))
        .filter(x -> x.regiocode().equals(e.regiocode()) && x.status() == nl.perspectiefopwerk.werkgever.WerkplekStatus.OPEN)
        .filter(x -> e.werkgevers().stream().anyMatch(o -> o.organisatie().equals(x.werkgeverId()) && Boolean.TRUE.equals(o.aanwezig())));
    if (w.isEmpty()) fouten.put("werkplek", "bemiddeling.event.fout.werkplek");
    String tekst = schoon(bericht);
    if (tekst == null || tekst.length() > BemiddelingService.MAX_BERICHT) fouten.put("bericht", "bemiddeling.fout.bericht");
    if (!fouten.isEmpty()) return fouten;
    Optional<Belangstelling> b = bemiddeling.legVast(g, w.get(), k.get().kandidaat(), k.get().profielcode(), w.get().werkgeverId(), tekst,
        Belangstellingssoort.UITNODIGING, e.id(), "Vervolggesprek na matchingevent " + e.id() + " aanvragen");
    if (b.isEmpty()) return Map.of("werkplek", "bemiddeling.fout.alLopend");
    wijzig(g, e, "Vervolggesprek na het matchingevent aanmaken");
    return Map.of();
  }

  /** De open werkplekken van de aanwezige werkgevers, voor het vervolggesprek. */
  public List<Werkplek> werkplekkenVanAanwezigen(Matchingevent e) {
    return werkgevers.openWerkplekken(e.regiocode()).stream()
        .filter(x -> e.werkgevers().stream().anyMatch(o -> o.organisatie().equals(x.werkgeverId()) && Boolean.TRUE.equals(o.aanwezig())))
        .toList();
  }

  public Opbrengst opbrengst(MatchingeventId id) {
    return new Opbrengst(belangstellingen.uitMatchingevent(id), plaatsingen.vanMatchingevent(id.waarde()));
  }

  // --- hulp ---

  private Matchingevent vanRegioloket(HuidigeGebruiker g, MatchingeventId id, int versie) {
    regioloket(g);
    Matchingevent e = zichtbaar(g, id);
    if (e.versie() != versie) throw gelijktijdig();
    return e;
  }

  private void wijzig(HuidigeGebruiker g, Matchingevent e, String doel) {
    if (!repository.verhoogVersie(e.id(), e.versie())) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, e.id(), doel);
  }

  private String naam(UUID organisatie) {
    return toegang.organisatie(new OrganisatieId(organisatie)).map(Organisatie::naam).orElse(organisatie.toString());
  }

  private void registreer(HuidigeGebruiker g, Handeling h, MatchingeventId id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, ACTIVITEIT, "matchingevent",
        id.toString(), doel, "Publieke taak re-integratie"));
  }

  private static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft dit matchingevent intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  private static void regioloket(HuidigeGebruiker g) {
    if (g.rol() != Rol.REGIOLOKET || g.hoofdregio() == null) throw new AccessDeniedException("Alleen voor het regioloket");
  }

  private static String schoon(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
