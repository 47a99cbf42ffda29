package nl.perspectiefopwerk.kandidaat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.beveiliging.Kluis;
import nl.perspectiefopwerk.kandidaat.domain.Afstand;
import nl.perspectiefopwerk.kandidaat.domain.Generalisatie;
import nl.perspectiefopwerk.kandidaat.domain.Werkfitbeoordeling;
import nl.perspectiefopwerk.kandidaat.domain.Zichtbaarheid;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRij;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.Gemeente;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.Regiocode;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Het anonieme regionale bestand: welke profielen zichtbaar zijn (werkfit, toestemming, recent
 * bevestigd), k-anonieme generalisatie over alle zichtbare profielen van de regio, filteren, sorteren
 * en pagineren. Alleen werkgevers, bemiddelaars en het regioloket, en alleen in hun eigen regio.
 */
@Service
class BestandService implements KandidaatApi {

  static final Set<Rol> ZOEKERS = Set.of(Rol.WERKGEVER, Rol.BEMIDDELAAR, Rol.REGIOLOKET);
  private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MM-yyyy");

  private final KandidaatRepository repository;
  private final KandidaatService kandidaten;
  private final KandidaatProperties properties;
  private final Kluis kluis;
  private final RegioApi regio;
  private final TaxonomieApi taxonomie;
  private final nl.perspectiefopwerk.toegang.ToegangApi toegang;
  private final AuditApi audit;
  private final org.springframework.beans.factory.ObjectProvider<Zoekpoort> poorten;

  BestandService(
      KandidaatRepository repository, KandidaatService kandidaten, KandidaatProperties properties, Kluis kluis,
      RegioApi regio, TaxonomieApi taxonomie, nl.perspectiefopwerk.toegang.ToegangApi toegang, AuditApi audit,
      org.springframework.beans.factory.ObjectProvider<Zoekpoort> poorten) {
    this.audit = audit;
    this.poorten = poorten;
    this.repository = repository;
    this.kandidaten = kandidaten;
    this.properties = properties;
    this.kluis = kluis;
    this.regio = regio;
    this.taxonomie = taxonomie;
    this.toegang = toegang;
  }

  /** Regio's per organisatie, kort bewaard: een import vraagt ze anders voor elke regel opnieuw op. */
  private final Map<UUID, java.util.Map.Entry<java.time.Instant, List<String>>> regiosVanOrganisatie =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public IntakeUitkomst neemIn(IntakeGegevens gegevens, Herkomst herkomst) {
    List<String> regios = herkomst.organisatie() == null ? null : regios(herkomst.organisatie());
    return kandidaten.neemIn(gegevens, herkomst, regios);
  }

  private List<String> regios(UUID organisatie) {
    java.time.Instant nu = java.time.Instant.now();
    var bewaard = regiosVanOrganisatie.get(organisatie);
    if (bewaard != null && bewaard.getKey().isAfter(nu.minusSeconds(60))) return bewaard.getValue();
    List<String> regios = toegang.organisatie(new nl.perspectiefopwerk.toegang.OrganisatieId(organisatie))
        .map(o -> o.regiocodes()).orElse(List.of());
    regiosVanOrganisatie.put(organisatie, java.util.Map.entry(nu, regios));
    return regios;
  }

  @Override
  @Transactional(readOnly = true)
  public Pagina<AnoniemProfiel> zoekInBestand(HuidigeGebruiker g, Zoekfilter filter, PaginaVerzoek verzoek) {
    List<AnoniemProfiel> alle = zichtbareProfielen(g, filter);
    return Pagina.van(alle, verzoek);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AnoniemProfiel> profiel(HuidigeGebruiker g, String profielcode) {
    return zichtbareProfielen(g, Zoekfilter.leeg()).stream().filter(p -> p.profielcode().equals(profielcode)).findFirst();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<KandidaatId> kandidaatVoorProfielcode(HuidigeGebruiker g, String profielcode) {
    if (profielcode == null || profiel(g, profielcode).isEmpty()) return Optional.empty();
    UUID kijker = g.organisatieId() == null ? g.id().waarde() : g.organisatieId().waarde();
    return repository.inBestand(g.hoofdregio()).stream().filter(k -> kluis.profielcode(k.id(), kijker).equals(profielcode))
        .findFirst().map(k -> new KandidaatId(k.id()));
  }

  @Override
  @Transactional
  public Optional<Contactgegevens> contactVoorWerkgever(KandidaatId id, UUID werkgeverOrganisatie) {
    if (id == null || werkgeverOrganisatie == null || !kandidaten.heeftIdentiteitstoestemming(id, werkgeverOrganisatie)) {
      return Optional.empty();
    }
    KandidaatRij k = kandidaten.vind(id);
    Actor actor = toegang.huidigeGebruiker()
        .map(g -> new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()))
        .orElse(new Actor("systeem", null, "SYSTEEM"));
    audit.registreer(new Dataverwerking(actor, Handeling.INZIEN, "identiteit-voor-werkgever", IdentiteitService.BETROKKENE,
        id.toString(), "Contact met de kandidaat na een ja op belangstelling van werkgever " + werkgeverOrganisatie,
        "Toestemming kandidaat (identiteitsvrijgave)"));
    return Optional.of(new Contactgegevens(k.naam(), k.email(), k.telefoon()));
  }

  @Override
  @Transactional
  public boolean geefIdentiteitstoestemmingOpPapier(KandidaatId id, UUID werkgeverOrganisatie, String door) {
    kandidaten.geefIdentiteitstoestemming(id, werkgeverOrganisatie, nl.perspectiefopwerk.kandidaat.domain.Toestemming.Wijze.OP_PAPIER_DOOR_CONSULENT, door);
    return kandidaten.heeftIdentiteitstoestemming(id, werkgeverOrganisatie);
  }

  @Override
  @Transactional
  public void plaatsingGestart(KandidaatId id, LocalDate start) {
    repository.zetGeplaatst(id.waarde(), start);
  }

  @Override
  @Transactional
  public void plaatsingBeeindigd(KandidaatId id, boolean terugInBestand) {
    repository.beeindigPlaatsing(id.waarde(), terugInBestand);
  }

  @Override
  public long aantalZichtbaar(String regiocode) {
    LocalDate vandaag = LocalDate.now();
    Map<UUID, Werkfitbeoordeling> werkfit = repository.werkfitInRegio(regiocode);
    Set<UUID> toestemming = repository.metBestandstoestemming(regiocode);
    return repository.inBestand(regiocode).stream().filter(k -> isZichtbaar(k, werkfit, toestemming, vandaag)).count();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean magBegeleiden(HuidigeGebruiker gebruiker, KandidaatId kandidaat) {
    if (gebruiker.rol() == nl.perspectiefopwerk.toegang.Rol.KANDIDAAT) return false;
    return repository.kandidaat(kandidaat.waarde())
        .filter(k -> k.geanonimiseerdOp() == null)
        .filter(k -> IdentiteitService.magIdentiteitZien(gebruiker, k))
        .isPresent();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Bestandstelling> bestandstellingen() {
    return repository.bestandstellingen(LocalDate.now(), properties.bevestigingMaanden(), null);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Bestandstelling> bestandstellingenPerOrganisatie(String regiocode) {
    return repository.bestandstellingen(LocalDate.now(), properties.bevestigingMaanden(), regiocode);
  }

  private List<AnoniemProfiel> zichtbareProfielen(HuidigeGebruiker g, Zoekfilter filter) {
    if (!ZOEKERS.contains(g.rol()) || g.hoofdregio() == null) {
      throw new AccessDeniedException("Alleen werkgevers, bemiddelaars en het regioloket zoeken in het bestand van hun regio.");
    }
    poorten.orderedStream().map(p -> p.weigering(g)).flatMap(Optional::stream).findFirst().ifPresent(reden -> {
      throw new BestandAfgeschermdException(reden);
    });
    String regiocode = g.hoofdregio();
    LocalDate vandaag = LocalDate.now();
    Map<UUID, Werkfitbeoordeling> werkfit = repository.werkfitInRegio(regiocode);
    Set<UUID> toestemming = repository.metBestandstoestemming(regiocode);
    List<KandidaatRij> zichtbaar =
        repository.inBestand(regiocode).stream().filter(k -> isZichtbaar(k, werkfit, toestemming, vandaag)).toList();

    // k-anonimiteit over de hele zichtbare populatie van de regio, niet over het zoekresultaat.
    Map<UUID, Generalisatie.Getoond> getoond =
        Generalisatie.pas(
            zichtbaar.stream().map(k -> new Generalisatie.Kenmerken(k.id(), k.gemeentecode(), k.regiocode(), k.geboortedatum())).toList(),
            properties.k(), vandaag);

    List<UUID> ids = zichtbaar.stream().map(KandidaatRij::id).toList();
    Map<UUID, List<String>> beroepen = repository.beroepen(ids);
    Map<UUID, List<String>> vaardigheden = repository.vaardigheden(ids);
    Optional<PostcodeGebied> vanaf = Optional.ofNullable(filter.postcode()).filter(p -> !p.isBlank()).flatMap(p -> regio.postcode(Postcode4.van(p)));
    Arbeidsmarktregio r = regio.regio(new Regiocode(regiocode)).orElseThrow();
    Map<String, String> gemeenten = new java.util.HashMap<>();
    for (Gemeente gem : regio.gemeenten(new Regiocode(regiocode))) gemeenten.put(gem.code(), gem.naam());
    UUID kijker = g.organisatieId() == null ? g.id().waarde() : g.organisatieId().waarde();

    Map<String, Optional<PostcodeGebied>> woonplaatsen = new java.util.HashMap<>(); // één opzoeking per PC4
    List<AnoniemProfiel> uit = new ArrayList<>();
    for (KandidaatRij k : zichtbaar) {
      Generalisatie.Getoond gen = getoond.get(k.id());
      if (gen == null) continue; // onderdrukt: te uniek, zelfs op het grofste niveau
      Werkfitbeoordeling w = werkfit.get(k.id());
      List<String> kBeroepen = beroepen.getOrDefault(k.id(), List.of());
      List<String> kVaardigheden = vaardigheden.getOrDefault(k.id(), List.of());
      if (filter.beroep() != null && !filter.beroep().isBlank() && !kBeroepen.contains(filter.beroep())) continue;
      if (filter.vaardigheid() != null && !filter.vaardigheid().isBlank() && !kVaardigheden.contains(filter.vaardigheid())) continue;
      if (filter.werkvorm() != null && !w.werkvormen().contains(filter.werkvorm())) continue;
      if (filter.instrument() != null && !w.instrumenten().contains(filter.instrument())) continue;
      if (filter.minUren() != null && k.urenPerWeek() < filter.minUren()) continue;
      if (filter.beschikbaarVoor() != null && k.beschikbaarVanaf().isAfter(filter.beschikbaarVoor())) continue;
      Integer afstand = null;
      if (vanaf.isPresent()) {
        Optional<PostcodeGebied> woon = woonplaatsen.computeIfAbsent(k.pc4(), pc4 -> regio.postcode(Postcode4.van(pc4)));
        if (woon.isEmpty()) continue;
        double km = Afstand.km(vanaf.get().lat(), vanaf.get().lon(), woon.get().lat(), woon.get().lon());
        int max = Math.min(filter.afstandKm() == null ? k.maxReisafstandKm() : filter.afstandKm(), k.maxReisafstandKm());
        if (km > max) continue;
        afstand = (int) Math.max(5, Math.round(km / 5.0) * 5);
      }
      uit.add(new AnoniemProfiel(
          kluis.profielcode(k.id(), kijker), r.code(), r.naam(),
          gen.alleenRegio() ? null : gemeenten.get(gen.gemeentecode()), gen.leeftijdsband(),
          Opleidingsniveau.valueOf(k.opleidingsniveau()), k.startkwalificatie(),
          kBeroepen.stream().map(b -> new AnoniemProfiel.Ref(b, taxonomie.beroepKort(b).map(x -> x.naam()).orElse(b))).toList(),
          kVaardigheden.stream().map(v -> new AnoniemProfiel.Ref(v, taxonomie.vaardigheidKort(v).map(x -> x.naam()).orElse(v))).toList(),
          k.urenPerWeek(), w.werkvormen(), w.instrumenten(),
          k.beschikbaarVanaf().isAfter(vandaag) ? MAAND.format(k.beschikbaarVanaf()) : "direct",
          k.rijbewijs(), k.talen(), MAAND.format(k.laatstBevestigdOp()), afstand));
    }
    Comparator<AnoniemProfiel> volgorde =
        switch (filter.sortering() == null ? Zoekfilter.Sortering.RECENT : filter.sortering()) {
          case AFSTAND -> Comparator.comparing((AnoniemProfiel p) -> p.afstandKm() == null ? Integer.MAX_VALUE : p.afstandKm());
          case UREN -> Comparator.comparing(AnoniemProfiel::urenPerWeek).reversed();
          case RECENT -> Comparator.comparing((AnoniemProfiel p) -> p.laatstBevestigd().substring(3) + p.laatstBevestigd().substring(0, 2)).reversed();
        };
    uit.sort(volgorde.thenComparing(AnoniemProfiel::profielcode));
    return uit;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Matchgegevens> matchgegevens(String regiocode) {
    LocalDate vandaag = LocalDate.now();
    Map<UUID, Werkfitbeoordeling> werkfit = repository.werkfitInRegio(regiocode);
    Set<UUID> toestemming = repository.metBestandstoestemming(regiocode);
    List<KandidaatRij> rijen = repository.inBestand(regiocode);
    List<UUID> ids = rijen.stream().map(KandidaatRij::id).toList();
    Map<UUID, List<String>> beroepen = repository.beroepen(ids);
    Map<UUID, List<String>> vaardigheden = repository.vaardigheden(ids);
    return rijen.stream().map(k -> matchgegevens(k, werkfit.get(k.id()), isZichtbaar(k, werkfit, toestemming, vandaag),
        beroepen.getOrDefault(k.id(), List.of()), vaardigheden.getOrDefault(k.id(), List.of()))).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Matchgegevens> matchgegevens(KandidaatId id) {
    return repository.kandidaat(id.waarde()).map(k -> matchgegevens(k, repository.werkfit(k.id()).orElse(null),
        kandidaten.zichtbaarheid(k) instanceof Zichtbaarheid.Uitkomst.Zichtbaar,
        repository.beroepen(List.of(k.id())).getOrDefault(k.id(), List.of()),
        repository.vaardigheden(List.of(k.id())).getOrDefault(k.id(), List.of())));
  }

  @Override
  public String profielcode(KandidaatId id, HuidigeGebruiker g) {
    return kluis.profielcode(id.waarde(), g.organisatieId() == null ? g.id().waarde() : g.organisatieId().waarde());
  }

  @Override
  public String profielcodeVoorOrganisatie(KandidaatId id, UUID organisatie) {
    return kluis.profielcode(id.waarde(), java.util.Objects.requireNonNull(organisatie, "organisatie is verplicht"));
  }

  @Override
  public Optional<KandidaatId> kandidaatVanGebruiker(String gebruikersnaam) {
    return gebruikersnaam == null ? Optional.empty() : repository.metGebruikersnaam(gebruikersnaam).map(k -> new KandidaatId(k.id()));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Doelgroep, Long> telDoelgroepen(List<KandidaatId> lijst) {
    Map<UUID, List<String>> groepen = repository.doelgroepen(lijst.stream().map(KandidaatId::waarde).distinct().toList());
    Map<Doelgroep, Long> uit = new java.util.EnumMap<>(Doelgroep.class);
    for (KandidaatId k : lijst) {
      for (String d : groepen.getOrDefault(k.waarde(), List.of())) uit.merge(Doelgroep.valueOf(d), 1L, Long::sum);
    }
    return uit;
  }

  private static Matchgegevens matchgegevens(
      KandidaatRij k, Werkfitbeoordeling w, boolean zichtbaar, List<String> beroepen, List<String> vaardigheden) {
    return new Matchgegevens(new KandidaatId(k.id()), k.regiocode(), k.organisatieId(), k.pc4(), k.urenPerWeek(), k.maxReisafstandKm(),
        Opleidingsniveau.valueOf(k.opleidingsniveau()), k.startkwalificatie(), k.beschikbaarVanaf(),
        k.werkvormwensen().stream().map(Werkvorm::valueOf).toList(), w == null ? List.of() : w.werkvormen(),
        w == null ? List.of() : w.instrumenten(), beroepen, vaardigheden, w == null ? null : w.geldigTot(), zichtbaar);
  }

  private boolean isZichtbaar(KandidaatRij k, Map<UUID, Werkfitbeoordeling> werkfit, Set<UUID> toestemming, LocalDate vandaag) {
    return Zichtbaarheid.beoordeel(k.inBestand(), werkfit.get(k.id()), toestemming.contains(k.id()), k.laatstBevestigdOp(), vandaag,
            properties.bevestigingMaanden())
        instanceof Zichtbaarheid.Uitkomst.Zichtbaar;
  }
}
