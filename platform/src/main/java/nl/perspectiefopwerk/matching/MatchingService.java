package nl.perspectiefopwerk.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.bemiddeling.BemiddelingApi;
import nl.perspectiefopwerk.bemiddeling.Voorstelbelangstelling;
import nl.perspectiefopwerk.bemiddeling.Voorstelpaar;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.Matchgegevens;
import nl.perspectiefopwerk.matching.domain.Gewichten;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Scoring;
import nl.perspectiefopwerk.matching.domain.Toewijzing;
import nl.perspectiefopwerk.matching.domain.Treffer;
import nl.perspectiefopwerk.matching.persistence.MatchingRepository;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.WerkgeverApi;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suggesties in beide richtingen en grote werving, met toegangscontrole en uitleg. */
@Service
public class MatchingService implements MatchingApi {

  private static final String BETROKKENE = "kandidaat";

  private final Indexbeheer beheer;
  private final KandidaatApi kandidaatApi;
  private final WerkgeverApi werkgeverApi;
  private final ToegangApi toegang;
  private final AuditApi audit;
  private final MatchingRepository repository;
  private final MatchingProperties properties;
  private final Gewichten gewichten;
  private final BemiddelingApi bemiddeling;

  MatchingService(Indexbeheer beheer, KandidaatApi kandidaatApi, WerkgeverApi werkgeverApi, ToegangApi toegang, AuditApi audit,
      MatchingRepository repository, MatchingProperties properties, BemiddelingApi bemiddeling) {
    this.bemiddeling = bemiddeling;
    this.beheer = beheer;
    this.kandidaatApi = kandidaatApi;
    this.werkgeverApi = werkgeverApi;
    this.toegang = toegang;
    this.audit = audit;
    this.repository = repository;
    this.properties = properties;
    this.gewichten = properties.gewichten().alsGewichten();
  }

  public int standaardAantal() {
    return properties.aantalSuggesties();
  }

  public int standaardBlootstelling() {
    return properties.blootstelling();
  }

  @Override
  public Indexstatus status() {
    return beheer.status();
  }

  // ------------------------------------------------------------ suggesties

  /** De werkplek als deze kijker er suggesties bij mag zien (eigen werkgever, regioloket van de regio). */
  public Werkplek werkplekVoor(HuidigeGebruiker g, WerkplekId id) {
    return werkgeverApi.werkplek(id).filter(w -> switch (g.rol()) {
          case WERKGEVER -> g.organisatieId() != null && g.organisatieId().waarde().equals(w.werkgeverId());
          case REGIOLOKET -> g.werktInRegio(w.regiocode());
          default -> false;
        })
        .orElseThrow(() -> new NietGevondenException("Werkplek " + id + " bestaat niet."));
  }

  @Override
  public List<KandidaatSuggestie> kandidatenVoorWerkplek(HuidigeGebruiker g, WerkplekId id, int aantal) {
    Werkplek w = werkplekVoor(g, id);
    if (!beheer.isOpen(w)) return List.of();
    MatchWerkplek m = beheer.naarWerkplek(w);
    List<KandidaatSuggestie> uit = new ArrayList<>();
    for (Treffer t : beheer.index().kandidatenVoor(m, begrens(aantal))) {
      Optional<MatchKandidaat> k = beheer.kandidaat(t.id());
      if (k.isEmpty()) continue; // net verwijderd
      Scoring.Uitleg u = Scoring.uitleg(k.get(), m, beheer.locaties(), gewichten, beheer.specificiteit(), true);
      uit.add(new KandidaatSuggestie(uit.size() + 1, kandidaatApi.profielcode(new KandidaatId(t.id()), g), u.totaal(), regels(u)));
    }
    return uit;
  }

  /** De kandidaat als deze kijker hem mag bemiddelen (consulent van de eigen organisatie, regioloket van de regio). */
  public Matchgegevens kandidaatVoor(HuidigeGebruiker g, KandidaatId id) {
    return kandidaatApi.matchgegevens(id).filter(m -> switch (g.rol()) {
          case CONSULENT -> g.organisatieId() != null && g.organisatieId().waarde().equals(m.organisatieId());
          case REGIOLOKET -> g.werktInRegio(m.regiocode());
          case KANDIDAAT -> kandidaatApi.kandidaatVanGebruiker(g.gebruikersnaam()).map(m.id()::equals).orElse(false);
          default -> false;
        })
        .orElseThrow(() -> new NietGevondenException("Kandidaat " + id + " bestaat niet."));
  }

  @Override
  public List<WerkplekSuggestie> werkplekkenVoorKandidaat(HuidigeGebruiker g, KandidaatId id, int aantal) {
    Matchgegevens gegevens = kandidaatVoor(g, id);
    MatchKandidaat k = beheer.naarKandidaat(gegevens, repository.isUitgesloten(id.waarde()));
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), Handeling.INZIEN,
        "matching-suggesties", BETROKKENE, id.toString(), "Passende werkplekken zoeken voor bemiddeling naar werk",
        "Publieke taak re-integratie"));
    if (!k.isBemiddelbaar()) return List.of();
    int n = begrens(aantal);
    List<WerkplekSuggestie> uit = new ArrayList<>();
    Map<UUID, String> werkgevers = new HashMap<>();
    for (Treffer t : beheer.index().werkplekkenVoor(k, n + 10)) {
      if (uit.size() == n) break;
      Optional<Werkplek> w = werkgeverApi.werkplek(new WerkplekId(t.id())).filter(beheer::isOpen);
      Optional<MatchWerkplek> mw = beheer.werkplek(t.id());
      if (w.isEmpty() || mw.isEmpty()) continue;
      Scoring.Uitleg u = Scoring.uitleg(k, mw.get(), beheer.locaties(), gewichten, beheer.specificiteit(), false);
      String werkgever = werkgevers.computeIfAbsent(w.get().werkgeverId(),
          o -> toegang.organisatie(new OrganisatieId(o)).map(Organisatie::naam).orElse(""));
      uit.add(new WerkplekSuggestie(uit.size() + 1, t.id(), w.get().titel(), werkgever, w.get().beroepNaam(), w.get().urenPerWeek(),
          u.totaal(), regels(u)));
    }
    return uit;
  }

  /** De eigen kandidaat van een ingelogde kandidaat. */
  public KandidaatId eigenKandidaat(HuidigeGebruiker g) {
    if (g.rol() != Rol.KANDIDAAT) throw new AccessDeniedException("Alleen voor kandidaten");
    return kandidaatApi.kandidaatVanGebruiker(g.gebruikersnaam())
        .orElseThrow(() -> new NietGevondenException("Bij dit account hoort geen kandidaat."));
  }

  /** Waarom er geen suggesties zijn voor een kandidaat (null als hij bemiddelbaar is). */
  public String redenGeenSuggesties(Matchgegevens m) {
    MatchKandidaat k = beheer.naarKandidaat(m, repository.isUitgesloten(m.id().waarde()));
    if (k.geplaatst()) return "matching.reden.geplaatst";
    if (!m.zichtbaar()) return "matching.reden.nietZichtbaar";
    if (!k.werkfit()) return "matching.reden.nietWerkfit";
    return null;
  }

  @Override
  public void sluitKandidaatUit(KandidaatId kandidaat, String reden) {
    beheer.verwijder(kandidaat.waarde(), reden == null || reden.isBlank() ? "uitgesloten" : reden);
  }

  private static int begrens(int aantal) {
    return Math.max(1, Math.min(aantal, 200));
  }

  private static List<Uitlegregel> regels(Scoring.Uitleg u) {
    return u.regels().stream().map(r -> new Uitlegregel(r.onderdeel().name(), r.punten(), r.tekst())).toList();
  }

  // ------------------------------------------------------------ fairness

  /**
   * Per doelgroep: aandeel in de pool (alle bemiddelbare kandidaten) tegenover aandeel in de top-10 van
   * alle open werkplekken. Alleen aantallen, nooit personen.
   *
   * @param verhouding aandeel in de top-10 gedeeld door aandeel in de pool (1 = naar verhouding)
   */
  public record Fairnessregel(nl.perspectiefopwerk.kandidaat.Doelgroep doelgroep, long inPool, double aandeelPool, long inTop10,
      double aandeelTop10, double verhouding) {}

  /** De fairnessmonitor over alle regio's. */
  public record Fairness(List<Fairnessregel> regels, int pool, int werkplekken, long verschijningen) {}

  public Fairness fairness(HuidigeGebruiker g) {
    if (g.rol() != Rol.ONDERSTEUNINGSTEAM) throw new AccessDeniedException("Alleen voor het ondersteuningsteam");
    List<KandidaatId> pool = new ArrayList<>();
    List<KandidaatId> top = new ArrayList<>();
    int werkplekken = 0;
    for (MatchWerkplek w : beheer.alleWerkplekken()) {
      werkplekken++;
      for (Treffer t : beheer.index().kandidatenVoor(w, 10)) top.add(new KandidaatId(t.id()));
    }
    for (MatchKandidaat k : beheer.alleKandidaten()) if (beheer.index().bevatKandidaat(k.id())) pool.add(new KandidaatId(k.id()));
    Map<nl.perspectiefopwerk.kandidaat.Doelgroep, Long> inPool = kandidaatApi.telDoelgroepen(pool);
    Map<nl.perspectiefopwerk.kandidaat.Doelgroep, Long> inTop = kandidaatApi.telDoelgroepen(top);
    List<Fairnessregel> regels = new ArrayList<>();
    for (nl.perspectiefopwerk.kandidaat.Doelgroep d : nl.perspectiefopwerk.kandidaat.Doelgroep.values()) {
      long p = inPool.getOrDefault(d, 0L);
      long t = inTop.getOrDefault(d, 0L);
      double ap = pool.isEmpty() ? 0 : p / (double) pool.size();
      double at = top.isEmpty() ? 0 : t / (double) top.size();
      regels.add(new Fairnessregel(d, p, ap, t, at, ap == 0 ? 0 : at / ap));
    }
    return new Fairness(regels, pool.size(), werkplekken, top.size());
  }

  // ------------------------------------------------------------ grote werving

  /** Een regel van het voorstel voor het regioloket. */
  public record Voorstelregel(UUID werkplekId, String werkplek, UUID kandidaatId, String profielcode, int score, List<Uitlegregel> uitleg) {}

  /**
   * Het voorstel.
   *
   * @param onvervuld plaatsen waarvoor geen geschikte kandidaat was
   */
  public record Voorstel(List<Voorstelregel> regels, long totaleScore, int plaatsen, int onvervuld, int pool, long ms) {}

  /** De open werkplekken van de regio van het regioloket, om uit te kiezen. */
  public List<Werkplek> kiesbareWerkplekken(HuidigeGebruiker g) {
    vereisRegioloket(g);
    return werkgeverApi.openWerkplekken(g.hoofdregio());
  }

  /** Berekent de optimale toewijzing voor de gekozen werkplekken met alle bemiddelbare kandidaten van de regio. */
  public Voorstel berekenVoorstel(HuidigeGebruiker g, List<UUID> werkplekIds, int blootstelling) {
    vereisRegioloket(g);
    if (blootstelling < 1 || blootstelling > 10) throw new IllegalArgumentException("matching.fout.blootstellingBereik");
    Map<UUID, Werkplek> gekozen = gekozenWerkplekken(g, werkplekIds);
    List<MatchWerkplek> werkplekken = gekozen.values().stream().map(beheer::naarWerkplek).toList();
    List<MatchKandidaat> pool = beheer.kandidatenInRegio(g.hoofdregio());
    long start = System.nanoTime();
    // De pool is het regiodeel van de index zelf: niets opnieuw opbouwen.
    Toewijzing.Resultaat r = Toewijzing.bereken(beheer.index(), g.hoofdregio(), werkplekken, blootstelling, true);
    long ms = (System.nanoTime() - start) / 1_000_000;
    Map<UUID, MatchKandidaat> perId = new HashMap<>();
    pool.forEach(k -> perId.put(k.id(), k));
    Map<UUID, MatchWerkplek> mw = new HashMap<>();
    werkplekken.forEach(w -> mw.put(w.id(), w));
    List<Voorstelregel> regels = new ArrayList<>();
    for (Toewijzing.Paar p : r.paren()) {
      Scoring.Uitleg u = Scoring.uitleg(perId.get(p.kandidaat()), mw.get(p.werkplek()), beheer.locaties(), gewichten, beheer.specificiteit(), false);
      regels.add(new Voorstelregel(p.werkplek(), gekozen.get(p.werkplek()).titel(), p.kandidaat(),
          kandidaatApi.profielcode(new KandidaatId(p.kandidaat()), g), p.score(), regels(u)));
    }
    return new Voorstel(regels, r.totaleScore(), r.plaatsen(), r.plaatsen() - regels.size(), pool.size(), ms);
  }

  /**
   * Legt het (eventueel bewerkte) voorstel vast: alleen de aangevinkte paren, elk opnieuw getoetst aan de
   * harde filters, het aantal plaatsen en de blootstellingsgrens. Elk paar start daarna, in dezelfde transactie, de
   * route in de module bemiddeling (een belangstelling van soort GROTE_WERVING namens de werkgever); een paar dat daar
   * wordt overgeslagen (bijvoorbeeld omdat er al een lopende belangstelling is) komt met zijn reden terug.
   *
   * @param paren "werkplekId:kandidaatId"
   */
  @Transactional
  public Acceptatie accepteer(HuidigeGebruiker g, String naam, List<UUID> werkplekIds, int blootstelling, List<String> paren) {
    vereisRegioloket(g);
    if (naam == null || naam.isBlank() || naam.length() > 200) throw new IllegalArgumentException("matching.fout.naam");
    Map<UUID, Werkplek> gekozen = gekozenWerkplekken(g, werkplekIds);
    Map<UUID, MatchKandidaat> pool = new HashMap<>();
    beheer.kandidatenInRegio(g.hoofdregio()).forEach(k -> pool.put(k.id(), k));
    Map<UUID, Integer> perWerkplek = new HashMap<>();
    Map<UUID, Integer> perKandidaat = new HashMap<>();
    Set<String> gezien = new HashSet<>();
    List<MatchingRepository.Paar> vast = new ArrayList<>();
    long totaal = 0;
    for (String paar : paren == null ? List.<String>of() : paren) {
      String[] delen = paar.split(":");
      if (delen.length != 2 || !gezien.add(paar)) throw new IllegalArgumentException("matching.fout.paar");
      UUID wid = UUID.fromString(delen[0]);
      UUID kid = UUID.fromString(delen[1]);
      Werkplek w = gekozen.get(wid);
      MatchKandidaat k = pool.get(kid);
      if (w == null || k == null) throw new IllegalArgumentException("matching.fout.paar");
      MatchWerkplek m = beheer.naarWerkplek(w);
      if (Scoring.afwijzing(k, m, beheer.locaties(), gewichten, false) != null) throw new IllegalArgumentException("matching.fout.paar");
      if (perWerkplek.merge(wid, 1, Integer::sum) > w.aantalPlaatsen()) throw new IllegalArgumentException("matching.fout.plaatsen");
      if (perKandidaat.merge(kid, 1, Integer::sum) > blootstelling) throw new IllegalArgumentException("matching.fout.blootstelling");
      int score = Scoring.score(k, m, beheer.locaties(), gewichten, beheer.specificiteit());
      totaal += score;
      vast.add(new MatchingRepository.Paar(wid, kid, score));
    }
    long optimaal = berekenVoorstel(g, werkplekIds, blootstelling).totaleScore();
    UUID id = UUID.randomUUID();
    List<Voorstelbelangstelling> route = bemiddeling.belangstellingenUitVoorstel(g, naam.trim(),
        vast.stream().map(p -> new Voorstelpaar(new WerkplekId(p.werkplek()), new KandidaatId(p.kandidaat()))).toList());
    List<MatchingRepository.Vastgelegd> vastgelegd = new ArrayList<>();
    List<Overgeslagen> overgeslagen = new ArrayList<>();
    for (int i = 0; i < vast.size(); i++) {
      MatchingRepository.Paar p = vast.get(i);
      Voorstelbelangstelling r = route.get(i);
      vastgelegd.add(new MatchingRepository.Vastgelegd(p, r.aangemaakt() ? r.belangstelling().waarde() : null, r.reden()));
      if (!r.aangemaakt()) {
        overgeslagen.add(new Overgeslagen(gekozen.get(p.werkplek()).titel(), kandidaatApi.profielcode(new KandidaatId(p.kandidaat()), g),
            r.reden()));
      }
    }
    repository.bewaarVoorstel(id, g.hoofdregio(), naam.trim(), blootstelling, totaal, optimaal, g.gebruikersnaam(), vastgelegd);
    if (!vast.isEmpty()) {
      audit.registreerVoorElk(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), Handeling.AANMAKEN,
              "matching-grote-werving", BETROKKENE, "lijst", "Voorstel grote werving '" + naam.trim() + "' vastgelegd",
              "Publieke taak re-integratie"),
          vast.stream().map(p -> p.kandidaat().toString()).distinct().toList());
    }
    return new Acceptatie(id, vast.size() - overgeslagen.size(), overgeslagen);
  }

  /** Een paar dat in de route is overgeslagen: werkplek, profielcode (zoals het regioloket die ziet) en de reden (berichtsleutel). */
  public record Overgeslagen(String werkplek, String profielcode, String reden) implements java.io.Serializable {}

  /**
   * Het vastgelegde voorstel en wat de route ermee deed.
   *
   * @param belangstellingen aantal aangemaakte belangstellingen
   */
  public record Acceptatie(UUID voorstel, int belangstellingen, List<Overgeslagen> overgeslagen) implements java.io.Serializable {

    public Acceptatie {
      overgeslagen = List.copyOf(overgeslagen);
    }
  }

  public List<MatchingRepository.Voorstel> voorstellen(HuidigeGebruiker g) {
    vereisRegioloket(g);
    return repository.voorstellen(g.hoofdregio());
  }

  private Map<UUID, Werkplek> gekozenWerkplekken(HuidigeGebruiker g, List<UUID> ids) {
    if (ids == null || ids.isEmpty()) throw new IllegalArgumentException("matching.fout.geenWerkplekken");
    Map<UUID, Werkplek> gekozen = new LinkedHashMap<>();
    for (UUID id : ids) {
      Werkplek w = werkgeverApi.werkplek(new WerkplekId(id)).filter(x -> g.werktInRegio(x.regiocode()) && beheer.isOpen(x))
          .orElseThrow(() -> new IllegalArgumentException("matching.fout.werkplek"));
      gekozen.put(id, w);
    }
    return gekozen;
  }

  private static void vereisRegioloket(HuidigeGebruiker g) {
    if (g.rol() != Rol.REGIOLOKET || g.hoofdregio() == null) throw new AccessDeniedException("Alleen voor het regioloket");
  }
}
