package nl.perspectiefopwerk.werkgever;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieId;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.domain.WerkplekLevenscyclus;
import nl.perspectiefopwerk.werkgever.domain.WerkplekLevenscyclus.Overgang;
import nl.perspectiefopwerk.werkgever.domain.Screening;
import nl.perspectiefopwerk.werkgever.persistence.ScreeningRepository;
import nl.perspectiefopwerk.werkgever.persistence.WerkgeverRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profielen en werkplekken. Toegang: een werkgever alleen de eigen organisatie, het regioloket de
 * werkplekken in de eigen regio('s); een werkplek buiten die grens bestaat voor de gebruiker niet (404).
 */
@Service
public class WerkgeverService implements WerkgeverApi {

  static final Pattern KVK = Pattern.compile("\\d{8}");
  static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3}) ?([A-Za-z]{2})");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final WerkgeverRepository repository;
  private final ToegangApi toegang;
  private final RegioApi regio;
  private final TaxonomieApi taxonomie;
  private final ApplicationEventPublisher events;
  private final AuditApi audit;
  private final ScreeningRepository screening;

  WerkgeverService(WerkgeverRepository repository, ToegangApi toegang, RegioApi regio, TaxonomieApi taxonomie,
      ApplicationEventPublisher events, AuditApi audit, ScreeningRepository screening) {
    this.audit = audit;
    this.screening = screening;
    this.repository = repository;
    this.toegang = toegang;
    this.regio = regio;
    this.taxonomie = taxonomie;
    this.events = events;
  }

  @Override
  public List<Werkplek> openWerkplekken(String regiocode) {
    return repository.werkplekkenInRegio(regiocode, WerkplekStatus.OPEN);
  }

  @Override
  public boolean isGescreend(UUID werkgeverOrganisatie) {
    return werkgeverOrganisatie != null
        && Screening.magZoeken(screening.stand(werkgeverOrganisatie).map(ScreeningRepository.Stand::status).orElse(Screeningstatus.NIET_GESCREEND));
  }

  @Override
  public Optional<Werkplek> werkplek(WerkplekId id) {
    return repository.werkplek(id);
  }

  @Override
  public Optional<Werkgeverprofiel> profiel(UUID organisatieId) {
    return repository.profiel(organisatieId);
  }

  // --- profiel ---

  /** Bewaart het profiel van de eigen organisatie; gooit {@link GelijktijdigGewijzigdException} bij een verouderde versie. */
  @Transactional
  public Uitkomst<Werkgeverprofiel> bewaarProfiel(HuidigeGebruiker g, ProfielGegevens p, Integer versie) {
    UUID organisatie = eigenWerkgever(g);
    Map<String, String> fouten = new LinkedHashMap<>();
    String kvk = schoon(p.kvkNummer());
    if (kvk == null || !KVK.matcher(kvk).matches()) fouten.put("kvkNummer", "werkgever.fout.kvk");
    if (schoon(p.sector()) == null) fouten.put("sector", "werkgever.fout.sector");
    if (schoon(p.contactNaam()) == null) fouten.put("contactNaam", "werkgever.fout.contactNaam");
    if (schoon(p.contactEmail()) == null || !EMAIL.matcher(p.contactEmail().strip()).matches()) {
      fouten.put("contactEmail", "werkgever.fout.contactEmail");
    }
    if (p.begeleidingscapaciteit() == null || p.begeleidingscapaciteit() < 0 || p.begeleidingscapaciteit() > 999) {
      fouten.put("begeleidingscapaciteit", "werkgever.fout.capaciteit");
    }
    if (!fouten.isEmpty()) return new Uitkomst.Afgekeurd<>(fouten);
    Werkgeverprofiel nieuw = new Werkgeverprofiel(organisatie, kvk, p.sector().strip(), p.contactNaam().strip(),
        p.contactEmail().strip(), schoon(p.contactTelefoon()), Boolean.TRUE.equals(p.erkendLeerbedrijf()),
        p.begeleidingscapaciteit(), 0);
    boolean gelukt = versie == null
        ? repository.voegProfielToe(nieuw, g.gebruikersnaam())
        : repository.wijzigProfiel(nieuw, versie, g.gebruikersnaam());
    if (!gelukt) {
      throw new GelijktijdigGewijzigdException(
          "Iemand anders heeft dit profiel intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
    }
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()),
        versie == null ? Handeling.AANMAKEN : Handeling.WIJZIGEN, "werkgever-profiel", "werkgever", organisatie.toString(),
        "Werkgeversprofiel (KvK " + kvk + ") bewaren", "Publieke taak re-integratie"));
    return new Uitkomst.Gelukt<>(repository.profiel(organisatie).orElseThrow());
  }

  // --- werkplekken ---

  public Pagina<Werkplek> werkplekken(HuidigeGebruiker g, WerkplekStatus status, PaginaVerzoek verzoek) {
    return switch (g.rol()) {
      case WERKGEVER -> repository.zoek(eigenWerkgever(g), null, status, verzoek);
      case REGIOLOKET -> repository.zoek(null, g.regiocodes(), status, verzoek);
      default -> throw new AccessDeniedException("Alleen voor werkgever en regioloket");
    };
  }

  /** De werkplek als de gebruiker hem mag zien; anders bestaat hij voor deze gebruiker niet. */
  public Werkplek zichtbareWerkplek(HuidigeGebruiker g, WerkplekId id) {
    return repository.werkplek(id).filter(w -> magZien(g, w))
        .orElseThrow(() -> new NietGevondenException("Werkplek " + id + " bestaat niet."));
  }

  static boolean magZien(HuidigeGebruiker g, Werkplek w) {
    return switch (g.rol()) {
      case WERKGEVER -> g.organisatieId() != null && g.organisatieId().waarde().equals(w.werkgeverId());
      case REGIOLOKET -> g.werktInRegio(w.regiocode());
      default -> false;
    };
  }

  /** De werkgevers waarvoor deze gebruiker werkplekken mag aanmaken. */
  public List<Organisatie> werkgeversVoor(HuidigeGebruiker g) {
    if (g.rol() == Rol.WERKGEVER) {
      return toegang.organisatie(new OrganisatieId(eigenWerkgever(g))).stream().toList();
    }
    if (g.rol() != Rol.REGIOLOKET) return List.of();
    Map<UUID, Organisatie> uniek = new LinkedHashMap<>();
    for (String r : g.regiocodes()) {
      toegang.organisatiesInRegio(r).stream().filter(o -> o.type() == OrganisatieType.WERKGEVER).forEach(o -> uniek.putIfAbsent(o.id().waarde(), o));
    }
    return List.copyOf(uniek.values());
  }

  /** Het best passende ESCO-beroep bij een ingevoerde naam, met vaardigheden. */
  public Optional<BeroepDetail> beroep(String tekst) {
    if (schoon(tekst) == null) return Optional.empty();
    return taxonomie.suggestiesBeroepen(tekst.strip(), 1).stream().findFirst().flatMap(r -> taxonomie.beroep(r.item().id()));
  }

  public Optional<BeroepDetail> beroepMetId(String id) {
    return taxonomie.beroep(id);
  }

  @Transactional
  public Uitkomst<Werkplek> maakWerkplek(HuidigeGebruiker g, WerkplekGegevens d) {
    Map<String, String> fouten = new LinkedHashMap<>();
    Organisatie werkgever = werkgeverVoorAanmaken(g, d.werkgeverId(), fouten);
    Optional<Werkplek> w = valideer(d, werkgever, WerkplekId.nieuw(), WerkplekStatus.OPEN, 0, null, fouten);
    if (w.isEmpty()) return new Uitkomst.Afgekeurd<>(fouten);
    repository.voegWerkplekToe(w.get(), g.gebruikersnaam());
    registreer(g, Handeling.AANMAKEN, w.get().id(), "Werkplek aanmaken (status OPEN)"
        + (g.rol() == Rol.REGIOLOKET ? " namens de werkgever door het werkgeversservicepunt" : ""));
    events.publishEvent(new WerkplekOpengesteld(w.get().id(), w.get().werkgeverId(), w.get().regiocode(), w.get().beroepId()));
    return new Uitkomst.Gelukt<>(repository.werkplek(w.get().id()).orElseThrow());
  }

  @Transactional
  public Uitkomst<Werkplek> wijzigWerkplek(HuidigeGebruiker g, WerkplekId id, WerkplekGegevens d, int versie) {
    Werkplek oud = zichtbareWerkplek(g, id);
    Organisatie werkgever = toegang.organisatie(new OrganisatieId(oud.werkgeverId()))
        .orElseThrow(() -> new NietGevondenException("Werkgever bestaat niet."));
    Map<String, String> fouten = new LinkedHashMap<>();
    Optional<Werkplek> w = valideer(d, werkgever, id, oud.status(), versie, oud.beroepId(), fouten);
    if (w.isEmpty()) return new Uitkomst.Afgekeurd<>(fouten);
    if (!repository.wijzigWerkplek(w.get(), versie)) {
      throw new GelijktijdigGewijzigdException(
          "Iemand anders heeft deze werkplek intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
    }
    registreer(g, Handeling.WIJZIGEN, id, "Werkplek wijzigen");
    events.publishEvent(new WerkplekGewijzigd(id, w.get().regiocode(), w.get().status()));
    return new Uitkomst.Gelukt<>(repository.werkplek(id).orElseThrow());
  }

  /** Voert een statusovergang uit als de levenscyclus die toestaat; een afwijzing is een uitkomst. */
  @Transactional
  public Overgang wijzigStatus(HuidigeGebruiker g, WerkplekId id, WerkplekStatus naar) {
    Werkplek w = zichtbareWerkplek(g, id);
    Overgang besluit = WerkplekLevenscyclus.beoordeel(w.status(), naar);
    if (besluit instanceof Overgang.Toegestaan t) {
      if (!repository.wijzigStatus(id, w.status(), naar)) {
        throw new GelijktijdigGewijzigdException("Iemand anders heeft de status van deze werkplek intussen gewijzigd.");
      }
      registreer(g, Handeling.WIJZIGEN, id, "Status van de werkplek: " + w.status() + " → " + naar);
      if (t.opent()) events.publishEvent(new WerkplekOpengesteld(id, w.werkgeverId(), w.regiocode(), w.beroepId()));
      else events.publishEvent(new WerkplekGewijzigd(id, w.regiocode(), naar));
    }
    return besluit;
  }

  private Organisatie werkgeverVoorAanmaken(HuidigeGebruiker g, UUID gekozen, Map<String, String> fouten) {
    if (g.rol() == Rol.WERKGEVER) {
      return toegang.organisatie(new OrganisatieId(eigenWerkgever(g))).orElseThrow(() -> new AccessDeniedException("Geen organisatie"));
    }
    if (g.rol() != Rol.REGIOLOKET) throw new AccessDeniedException("Alleen voor werkgever en regioloket");
    if (gekozen == null) {
      fouten.put("werkgeverId", "werkgever.fout.werkgever");
      return null;
    }
    return werkgeversVoor(g).stream().filter(o -> o.id().waarde().equals(gekozen)).findFirst().orElseGet(() -> {
      fouten.put("werkgeverId", "werkgever.fout.werkgever");
      return null;
    });
  }

  /** Controleert de invoer en bouwt de werkplek; leeg als er fouten zijn (die staan dan in {@code fouten}). */
  private Optional<Werkplek> valideer(WerkplekGegevens d, Organisatie werkgever, WerkplekId id, WerkplekStatus status, int versie,
      String vorigBeroep, Map<String, String> fouten) {
    if (d.type() == null) fouten.put("type", "werkgever.fout.type");
    String titel = schoon(d.titel());
    if (titel == null || titel.length() > 200) fouten.put("titel", "werkgever.fout.titel");
    Optional<BeroepDetail> beroep = Optional.empty();
    if (schoon(d.beroep()) == null) fouten.put("beroep", "werkgever.fout.beroep.leeg");
    else {
      beroep = beroep(d.beroep());
      if (beroep.isEmpty()) fouten.put("beroep", "werkgever.fout.beroep.onbekend");
    }
    if (d.urenPerWeek() == null || d.urenPerWeek() < 1 || d.urenPerWeek() > 40) fouten.put("urenPerWeek", "werkgever.fout.uren");
    String postcode = null;
    String regiocode = null;
    Matcher m = d.postcode() == null ? null : POSTCODE.matcher(d.postcode().strip());
    if (m == null || !m.matches()) fouten.put("postcode", "werkgever.fout.postcode.formaat");
    else {
      postcode = m.group(1) + " " + m.group(2).toUpperCase(java.util.Locale.ROOT);
      Optional<PostcodeGebied> gebied = regio.postcode(new Postcode4(m.group(1)));
      if (gebied.isEmpty() || gebied.get().regio() == null) fouten.put("postcode", "werkgever.fout.postcode.onbekend");
      else {
        regiocode = gebied.get().regio().code();
        if (werkgever != null && !werkgever.regiocodes().contains(regiocode)) {
          fouten.put("postcode", "werkgever.fout.postcode.buitenRegio");
        }
      }
    }
    if (d.startdatum() == null) fouten.put("startdatum", "werkgever.fout.startdatum");
    if (d.aantalPlaatsen() == null || d.aantalPlaatsen() < 1 || d.aantalPlaatsen() > 999) {
      fouten.put("aantalPlaatsen", "werkgever.fout.aantal");
    }
    String aanpassingen = schoon(d.aanpassingen());
    if (aanpassingen != null && aanpassingen.length() > 500) fouten.put("aanpassingen", "werkgever.fout.aanpassingen");
    List<String> vaardigheden = List.of();
    if (beroep.isPresent()) {
      BeroepDetail b = beroep.get();
      Set<String> mogelijk = new LinkedHashSet<>();
      b.essentieleVaardigheden().forEach(v -> mogelijk.add(v.id()));
      b.optioneleVaardigheden().forEach(v -> mogelijk.add(v.id()));
      boolean ander = vorigBeroep != null && !vorigBeroep.equals(b.beroep().id());
      if (d.vaardigheden() == null || ander) {
        vaardigheden = b.essentieleVaardigheden().stream().map(Vaardigheid::id).toList();
      } else {
        List<String> gekozen = new ArrayList<>(new LinkedHashSet<>(d.vaardigheden()));
        if (!mogelijk.containsAll(gekozen)) fouten.put("vaardigheden", "werkgever.fout.vaardigheden");
        vaardigheden = gekozen;
      }
    }
    if (!fouten.isEmpty() || werkgever == null) return Optional.empty();
    BeroepDetail b = beroep.orElseThrow();
    return Optional.of(new Werkplek(id, werkgever.id().waarde(), regiocode, d.type(), titel, b.beroep().id(), b.beroep().naam(),
        vaardigheden, d.urenPerWeek(), postcode, d.startdatum(), d.aantalPlaatsen(), d.minOpleiding(), schoon(d.taal()),
        Boolean.TRUE.equals(d.rijbewijs()), Boolean.TRUE.equals(d.jobcarving()), aanpassingen,
        d.instrumenten() == null ? List.of() : d.instrumenten().stream().distinct().sorted().toList(), status, versie));
  }

  private void registreer(HuidigeGebruiker g, Handeling h, WerkplekId id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, "werkgever-werkplek",
        "werkplek", id.toString(), doel, "Publieke taak re-integratie"));
  }

  private static UUID eigenWerkgever(HuidigeGebruiker g) {
    if (g.rol() != Rol.WERKGEVER || g.organisatieId() == null || g.organisatieType() != OrganisatieType.WERKGEVER) {
      throw new AccessDeniedException("Alleen voor gebruikers van een werkgever");
    }
    return g.organisatieId().waarde();
  }

  private static String schoon(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
