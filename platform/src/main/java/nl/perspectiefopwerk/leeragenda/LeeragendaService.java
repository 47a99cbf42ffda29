package nl.perspectiefopwerk.leeragenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.leeragenda.domain.Regiocontext;
import nl.perspectiefopwerk.leeragenda.persistence.EvaluatieRepository;
import nl.perspectiefopwerk.leeragenda.persistence.LeeragendaRepository;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * De leeragenda. Lezen: iedereen met een account behalve kandidaten (ook werkgevers en bemiddelaars: P20). Publiceren:
 * het ondersteuningsteam alles (landelijk), de regiocoördinator goede praktijken en lessen van de eigen regio, de
 * evaluator lessen bij een evaluatiecyclus. Activiteiten plant het ondersteuningsteam; organisaties melden zich aan;
 * het ondersteuningsteam legt de aanwezigheid vast. De regiocoördinator vult de behoeftepeiling van de regio in.
 */
@Service
public class LeeragendaService implements LeeragendaApi {

  static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
  static final Pattern URL = Pattern.compile("https?://[^\\s]{3,490}");

  private final LeeragendaRepository repository;
  private final EvaluatieRepository evaluaties;
  private final AuditApi audit;
  private final ApplicationEventPublisher events;
  private final LeeragendaProperties properties;

  LeeragendaService(LeeragendaRepository repository, EvaluatieRepository evaluaties, AuditApi audit, ApplicationEventPublisher events,
      LeeragendaProperties properties) {
    this.repository = repository;
    this.evaluaties = evaluaties;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
  }

  // --- API ---

  @Override
  public List<Item> nieuwOpThemas(Set<Thema> themas, Instant sinds, int maximum) {
    return repository.nieuwOpThemas(themas, sinds, maximum);
  }

  @Override
  public Set<Thema> themasVanRegio(String regiocode) {
    return regiocode == null ? Set.of() : repository.behoefte(regiocode).map(Behoefte::themasVanDeRegio).orElse(Set.of());
  }

  // --- startpagina ---

  /** Wat de startpagina toont. */
  public record Overzicht(Map<Thema, Long> perThema, Set<Thema> themasVanRegio, List<Item> nieuw, Instant nieuwSinds,
      List<Activiteit> komend) {}

  /** De startpagina; legt het bezoek vast zodat "nieuw" de volgende keer vanaf nu telt. */
  @Transactional
  public Overzicht overzicht(HuidigeGebruiker g) {
    lezer(g);
    Instant nu = Instant.now();
    Optional<Instant> vorig = repository.registreerBezoek(g.gebruikersnaam(), nu);
    Instant sinds = Regiocontext.nieuwSinds(vorig.orElse(null), nu, properties.nieuwDagen());
    Set<Thema> themas = Regiocontext.themas(themasVanRegio(g.hoofdregio()));
    List<Item> nieuw = repository.nieuwOpThemas(themas, sinds, 20);
    if (nieuw.isEmpty() && vorig.isPresent()) {
      // niets sinds het vorige bezoek: toon wat de afgelopen periode op de thema's verscheen
      sinds = nu.minus(java.time.Duration.ofDays(properties.nieuwDagen()));
      nieuw = repository.nieuwOpThemas(themas, sinds, 20);
    }
    LocalDate vandaag = LocalDate.now(TIJDZONE);
    List<Activiteit> komend = repository.activiteiten().stream().filter(a -> !a.datum().isBefore(vandaag))
        .sorted(Comparator.comparing(Activiteit::datum)).limit(5).toList();
    return new Overzicht(repository.aantalPerThema(), themasVanRegio(g.hoofdregio()), nieuw, sinds, komend);
  }

  // --- bibliotheek ---

  public List<Zoekresultaat> zoek(HuidigeGebruiker g, Zoekvraag v) {
    lezer(g);
    Optional<Behoefte> context = g.hoofdregio() == null ? Optional.empty() : repository.behoefte(g.hoofdregio());
    return repository.zoek(v, 100).stream()
        .map(e -> new Zoekresultaat(e.getKey(), e.getValue(),
            context.map(b -> Regiocontext.past(e.getKey(), b.stedelijkheid(), b.omvang())).orElse(false)))
        .toList();
  }

  public Optional<Behoefte> eigenContext(HuidigeGebruiker g) {
    return g.hoofdregio() == null ? Optional.empty() : repository.behoefte(g.hoofdregio());
  }

  public Item item(HuidigeGebruiker g, UUID id) {
    lezer(g);
    return repository.item(id).orElseThrow(() -> new NietGevondenException("Dit item bestaat niet."));
  }

  /** Welke soorten deze gebruiker mag publiceren. */
  public static Set<Itemsoort> magPubliceren(HuidigeGebruiker g) {
    return switch (g.rol()) {
      case ONDERSTEUNINGSTEAM -> Set.of(Itemsoort.PRODUCT, Itemsoort.GOEDE_PRAKTIJK, Itemsoort.LES);
      case REGIOCOORDINATOR -> g.hoofdregio() == null ? Set.of() : Set.of(Itemsoort.GOEDE_PRAKTIJK, Itemsoort.LES);
      case EVALUATOR -> Set.of(Itemsoort.LES);
      default -> Set.of();
    };
  }

  @Transactional
  public Resultaat publiceer(HuidigeGebruiker g, ItemGegevens d) {
    Set<Itemsoort> mag = magPubliceren(g);
    if (mag.isEmpty()) throw new AccessDeniedException("Geen publicatierecht in de leeragenda");
    Map<String, String> fouten = new LinkedHashMap<>();
    if (d.soort() == null || !mag.contains(d.soort())) fouten.put("soort", "leeragenda.fout.soort");
    String regio = g.rol() == Rol.REGIOCOORDINATOR && !Boolean.TRUE.equals(d.landelijk()) ? g.hoofdregio() : null;
    Item item = valideer(g, d, d.soort(), UUID.randomUUID(), regio, Instant.now(), 0, fouten);
    if (!fouten.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    repository.voegItemToe(item);
    auditeer(g, Handeling.AANMAKEN, "leeragenda-item", item.id(), "Publiceren in de leeragenda: " + item.soort());
    events.publishEvent(new LeeragendaItemGepubliceerd(item.id(), item.soort(), item.thema(), item.regiocode(), item.titel(),
        "/leeragenda/items/" + item.id()));
    return new Resultaat.Gelukt(item.id());
  }

  /**
   * Wie een item mag wijzigen: het ondersteuningsteam elk item, de regiocoördinator de items van de eigen regio, de
   * evaluator de eigen lessen.
   */
  public static boolean magWijzigen(HuidigeGebruiker g, Item i) {
    return switch (g.rol()) {
      case ONDERSTEUNINGSTEAM -> true;
      case REGIOCOORDINATOR -> i.regiocode() != null ? g.werktInRegio(i.regiocode()) : g.gebruikersnaam().equals(i.gepubliceerdDoor());
      case EVALUATOR -> g.gebruikersnaam().equals(i.gepubliceerdDoor());
      default -> false;
    };
  }

  /** Wijzigt een item (soort, regio en publicatiedatum blijven); gooit {@link GelijktijdigGewijzigdException} bij een oude versie. */
  @Transactional
  public Resultaat wijzig(HuidigeGebruiker g, UUID id, ItemGegevens d, int versie) {
    Item oud = item(g, id);
    if (!magWijzigen(g, oud)) throw new AccessDeniedException("Dit item mag u niet wijzigen");
    if (oud.versie() != versie) throw new GelijktijdigGewijzigdException("Iemand anders heeft dit item intussen gewijzigd.");
    Map<String, String> fouten = new LinkedHashMap<>();
    Item nieuw = valideer(g, d, oud.soort(), id, oud.regiocode(), oud.gepubliceerdOp(), versie, fouten);
    if (!fouten.isEmpty()) return new Resultaat.Afgekeurd(fouten);
    if (!repository.wijzigItem(nieuw, versie)) throw new GelijktijdigGewijzigdException("Iemand anders heeft dit item intussen gewijzigd.");
    auditeer(g, Handeling.WIJZIGEN, "leeragenda-item", id, "Item in de leeragenda wijzigen");
    return new Resultaat.Gelukt(id);
  }

  private Item valideer(HuidigeGebruiker g, ItemGegevens d, Itemsoort soort, UUID id, String regio, Instant op, int versie,
      Map<String, String> fouten) {
    String titel = schoon(d.titel());
    if (titel == null || titel.length() > 200) fouten.put("titel", "leeragenda.fout.titel");
    String samenvatting = schoon(d.samenvatting());
    if (samenvatting == null || samenvatting.length() > 1000) fouten.put("samenvatting", "leeragenda.fout.samenvatting");
    String inhoud = schoon(d.beschrijving());
    if (inhoud != null && inhoud.length() > 20000) fouten.put("beschrijving", "leeragenda.fout.inhoud");
    if (d.thema() == null) fouten.put("thema", "leeragenda.fout.thema");
    if (d.pijler() == null) fouten.put("pijler", "leeragenda.fout.pijler");
    String url = schoon(d.url());
    if (url != null && !URL.matcher(url).matches()) fouten.put("url", "leeragenda.fout.url");
    if (soort == Itemsoort.PRODUCT) {
      if (d.vorm() == null) fouten.put("vorm", "leeragenda.fout.vorm");
      if ((d.vorm() == Productvorm.LINK || d.vorm() == Productvorm.VIDEO) && url == null) fouten.put("url", "leeragenda.fout.url");
    }
    String resultaten = schoon(d.resultaten());
    if (soort == Itemsoort.GOEDE_PRAKTIJK && resultaten == null) fouten.put("resultaten", "leeragenda.fout.resultaten");
    if (resultaten != null && resultaten.length() > 4000) fouten.put("resultaten", "leeragenda.fout.resultaten");
    if (d.activiteitId() != null && repository.activiteit(d.activiteitId()).isEmpty()) fouten.put("activiteitId", "leeragenda.fout.activiteit");
    if (g.rol() == Rol.EVALUATOR && (d.cyclusId() == null || evaluaties.cyclus(d.cyclusId()).isEmpty())) {
      fouten.put("cyclusId", "leeragenda.fout.cyclus");
    }
    if (d.cyclusId() != null && evaluaties.cyclus(d.cyclusId()).isEmpty()) fouten.put("cyclusId", "leeragenda.fout.cyclus");
    String sectoren = schoon(d.sectoren());
    if (sectoren != null && sectoren.length() > 300) fouten.put("sectoren", "leeragenda.fout.sectoren");
    if (!fouten.isEmpty() || soort == null) return null;
    return new Item(id, soort, titel, samenvatting, inhoud, d.thema(), d.pijler(), regio, soort == Itemsoort.PRODUCT ? d.vorm() : null, url,
        resultaten, d.activiteitId(), d.cyclusId(), d.stedelijkheid(), d.omvang(), sectoren, soort == Itemsoort.LES && Boolean.TRUE.equals(d.mislukt()),
        d.doelpubliek() == null ? Doelpubliek.BEIDE : d.doelpubliek(), g.gebruikersnaam(), op, versie);
  }

  // --- activiteiten ---

  public List<Activiteit> activiteiten(HuidigeGebruiker g) {
    lezer(g);
    return repository.activiteiten();
  }

  public Activiteit activiteit(HuidigeGebruiker g, UUID id) {
    lezer(g);
    return repository.activiteit(id).orElseThrow(() -> new NietGevondenException("Deze activiteit bestaat niet."));
  }

  public List<Item> goedePraktijken(UUID activiteit) {
    return repository.vanActiviteit(activiteit);
  }

  @Transactional
  public Map<String, String> planActiviteit(HuidigeGebruiker g, Thema thema, Activiteitvorm vorm, String titel, String omschrijving, LocalDate datum,
      String regiocode, String partner) {
    if (g.rol() != Rol.ONDERSTEUNINGSTEAM) throw new AccessDeniedException("Alleen het ondersteuningsteam plant activiteiten");
    Map<String, String> fouten = new LinkedHashMap<>();
    if (thema == null) fouten.put("thema", "leeragenda.fout.thema");
    if (vorm == null) fouten.put("vorm", "leeragenda.fout.activiteitvorm");
    String t = schoon(titel);
    if (t == null || t.length() > 200) fouten.put("titel", "leeragenda.fout.titel");
    String o = schoon(omschrijving);
    if (o != null && o.length() > 4000) fouten.put("omschrijving", "leeragenda.fout.inhoud");
    if (datum == null) fouten.put("datum", "leeragenda.fout.datum");
    String r = schoon(regiocode);
    if (r != null && !r.matches("AM\\d{2}")) fouten.put("regiocode", "leeragenda.fout.regio");
    String p = schoon(partner);
    if (p != null && p.length() > 200) fouten.put("partner", "leeragenda.fout.partner");
    if (!fouten.isEmpty()) return fouten;
    UUID id = UUID.randomUUID();
    repository.voegActiviteitToe(new Activiteit(id, thema, vorm, t, o, datum, r, p, List.of(), 0), g.gebruikersnaam());
    auditeer(g, Handeling.AANMAKEN, "leeragenda-activiteit", id, "Leeragenda-activiteit plannen");
    return Map.of();
  }

  /** Mag deze gebruiker de eigen organisatie aanmelden? Regionale rollen met een organisatie. */
  public static boolean magAanmelden(HuidigeGebruiker g) {
    return !g.isNationaal() && g.rol() != Rol.KANDIDAAT && g.organisatieId() != null;
  }

  @Transactional
  public Map<String, String> meldAan(HuidigeGebruiker g, UUID activiteit) {
    if (!magAanmelden(g)) throw new AccessDeniedException("Alleen regionale organisaties melden zich aan");
    Activiteit a = activiteit(g, activiteit);
    if (!repository.meldAan(a.id(), g.organisatieId().waarde(), g.organisatieNaam(), g.hoofdregio(), g.gebruikersnaam())) {
      return Map.of("aanmelding", "leeragenda.fout.alAangemeld");
    }
    auditeer(g, Handeling.WIJZIGEN, "leeragenda-activiteit", a.id(), "Organisatie aanmelden voor een leeragenda-activiteit");
    return Map.of();
  }

  @Transactional
  public void legAanwezigheidVast(HuidigeGebruiker g, UUID activiteit, Set<UUID> aanwezig, int versie) {
    if (g.rol() != Rol.ONDERSTEUNINGSTEAM) throw new AccessDeniedException("Alleen het ondersteuningsteam legt aanwezigheid vast");
    Activiteit a = activiteit(g, activiteit);
    if (!repository.verhoogActiviteitversie(a.id(), versie)) {
      throw new GelijktijdigGewijzigdException("Iemand anders heeft de aanwezigheid intussen gewijzigd.");
    }
    repository.zetAanwezigheid(a.id(), aanwezig);
    auditeer(g, Handeling.WIJZIGEN, "leeragenda-activiteit", a.id(), "Aanwezigheid vastleggen (" + aanwezig.size() + " organisaties)");
  }

  // --- behoeftepeiling ---

  public List<Behoefte> behoeften(HuidigeGebruiker g) {
    if (!g.isNationaal()) throw new AccessDeniedException("Alleen landelijke rollen zien alle peilingen");
    return repository.behoeften();
  }

  @Transactional
  public Map<String, String> bewaarBehoefte(HuidigeGebruiker g, Map<Thema, Integer> prioriteiten, Stedelijkheid stedelijkheid, Omvang omvang,
      String sectoren, String toelichting, Integer versie) {
    if (g.rol() != Rol.REGIOCOORDINATOR || g.hoofdregio() == null) throw new AccessDeniedException("Alleen de regiocoördinator");
    Map<Thema, Integer> p = new EnumMap<>(Thema.class);
    for (Thema t : Thema.values()) {
      Integer w = prioriteiten.get(t);
      if (w == null || w < 1 || w > 5) return Map.of("prioriteit-" + t, "leeragenda.fout.prioriteit");
      p.put(t, w);
    }
    String s = schoon(sectoren);
    if (s != null && s.length() > 300) return Map.of("sectoren", "leeragenda.fout.sectoren");
    String tl = schoon(toelichting);
    if (tl != null && tl.length() > 2000) return Map.of("toelichting", "leeragenda.fout.inhoud");
    Behoefte b = new Behoefte(g.hoofdregio(), p, stedelijkheid, omvang, s, tl, g.gebruikersnaam(), null, 0);
    Optional<Behoefte> oud = repository.behoefte(g.hoofdregio());
    if (oud.isEmpty()) repository.voegBehoefteToe(b);
    else if (versie == null || !repository.wijzigBehoefte(b, versie)) {
      throw new GelijktijdigGewijzigdException("Iemand anders heeft de behoeftepeiling intussen gewijzigd.");
    }
    auditeer(g, oud.isEmpty() ? Handeling.AANMAKEN : Handeling.WIJZIGEN, "leeragenda-behoefte", null, "Behoeftepeiling " + g.hoofdregio());
    return Map.of();
  }

  // --- hulp ---

  private static void lezer(HuidigeGebruiker g) {
    if (g.rol() == Rol.KANDIDAAT) throw new AccessDeniedException("De leeragenda is voor professionals");
  }

  static String schoon(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private void auditeer(HuidigeGebruiker g, Handeling h, String soort, UUID id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, "leeragenda", soort,
        id == null ? (g.hoofdregio() == null ? "landelijk" : g.hoofdregio()) : id.toString(), doel, null));
  }

  /** Uitkomst van publiceren. */
  public sealed interface Resultaat {
    record Gelukt(UUID id) implements Resultaat {}

    record Afgekeurd(Map<String, String> fouten) implements Resultaat {}
  }
}
