package nl.perspectiefopwerk.werkgever;

import java.util.ArrayList;
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
import nl.perspectiefopwerk.kandidaat.Zoekpoort;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.domain.Screening;
import nl.perspectiefopwerk.werkgever.persistence.ScreeningRepository;
import nl.perspectiefopwerk.werkgever.persistence.ScreeningRepository.Stand;
import nl.perspectiefopwerk.werkgever.persistence.WerkgeverRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Het werkgeversservicepunt (WSP): het enige aanspreekpunt voor werkgevers in de regio. In dit platform is het
 * regioloket het WSP (geen aparte organisatiesoort). Het WSP screent werkgevers (KvK-nummer gecontroleerd) en
 * koppelt bemiddelaars; alleen een gescreende werkgever en een gekoppelde bemiddelaar zoeken in het bestand.
 * Die voorwaarde zit als {@link Zoekpoort} in de ingang van het bestand zelf, dus geldt voor pagina's, API en
 * de bemiddelingsroute tegelijk.
 */
@Service
public class WspService implements Zoekpoort {

  static final String NIET_GESCREEND =
      "Uw organisatie is nog niet gescreend door het werkgeversservicepunt (het regioloket) van uw regio. Vul uw werkgeversprofiel "
          + "met KvK-nummer in en neem contact op met het regioloket; na de screening kunt u zoeken in het kandidatenbestand.";
  static final String AFGEWEZEN =
      "Het werkgeversservicepunt (het regioloket) van uw regio heeft de screening van uw organisatie niet goedgekeurd. Neem contact op "
          + "met het regioloket; zolang kunt u niet zoeken in het kandidatenbestand.";
  static final String NIET_GEKOPPELD =
      "Uw organisatie is nog niet gekoppeld aan het werkgeversservicepunt (het regioloket) van uw regio. Neem contact op met het "
          + "regioloket; na de koppeling kunt u zoeken in het kandidatenbestand.";
  private static final String ACTIVITEIT = "werkgeversservicepunt";

  private final ScreeningRepository repository;
  private final WerkgeverRepository profielen;
  private final ToegangApi toegang;
  private final AuditApi audit;

  WspService(ScreeningRepository repository, WerkgeverRepository profielen, ToegangApi toegang, AuditApi audit) {
    this.repository = repository;
    this.profielen = profielen;
    this.toegang = toegang;
    this.audit = audit;
  }

  // --- de poort van het bestand ---

  @Override
  public Optional<String> weigering(HuidigeGebruiker g) {
    return switch (g.rol()) {
      case WERKGEVER -> {
        Screeningstatus s = g.organisatieId() == null ? Screeningstatus.NIET_GESCREEND : status(g.organisatieId().waarde());
        yield Screening.magZoeken(s) ? Optional.empty() : Optional.of(s == Screeningstatus.AFGEWEZEN ? AFGEWEZEN : NIET_GESCREEND);
      }
      case BEMIDDELAAR -> g.organisatieId() != null && g.hoofdregio() != null
              && repository.koppeling(g.organisatieId().waarde(), g.hoofdregio()).isPresent()
          ? Optional.empty() : Optional.of(NIET_GEKOPPELD);
      default -> Optional.empty();
    };
  }

  /** De screening van een werkgever; NIET_GESCREEND zonder profiel. */
  public Screeningstatus status(UUID organisatie) {
    return repository.stand(organisatie).map(Stand::status).orElse(Screeningstatus.NIET_GESCREEND);
  }

  // --- het WSP (regioloket) ---

  /** De werkgevers in de regio('s) van het WSP met hun screening, eerst wie nog gescreend moet worden. */
  public List<Werkgeverscreening> werkgevers(HuidigeGebruiker g) {
    wsp(g);
    List<Werkgeverscreening> uit = new ArrayList<>();
    for (Organisatie o : organisaties(g, OrganisatieType.WERKGEVER)) uit.add(screening(o));
    uit.sort(java.util.Comparator.comparing((Werkgeverscreening w) -> w.status() != Screeningstatus.NIET_GESCREEND)
        .thenComparing(Werkgeverscreening::naam));
    return uit;
  }

  public List<Bemiddelaarkoppeling> bemiddelaars(HuidigeGebruiker g) {
    wsp(g);
    return organisaties(g, OrganisatieType.BEMIDDELAAR).stream().map(o -> {
      var k = repository.koppeling(o.id().waarde(), g.hoofdregio());
      return new Bemiddelaarkoppeling(o.id().waarde(), o.naam(), k.isPresent(), k.map(ScreeningRepository.Koppeling::op).orElse(null),
          k.map(ScreeningRepository.Koppeling::door).orElse(null));
    }).toList();
  }

  public Werkgeverscreening werkgever(HuidigeGebruiker g, UUID organisatie) {
    wsp(g);
    return organisaties(g, OrganisatieType.WERKGEVER).stream().filter(o -> o.id().waarde().equals(organisatie)).findFirst()
        .map(this::screening).orElseThrow(() -> new NietGevondenException("Deze werkgever bestaat niet in uw regio."));
  }

  /**
   * Legt het besluit van het WSP vast. Een afwijzing is een uitkomst met een meldingsleutel per veld; een
   * verouderde versie een {@link GelijktijdigGewijzigdException}.
   */
  @Transactional
  public Map<String, String> screen(HuidigeGebruiker g, UUID organisatie, Screeningstatus naar, String toelichting, Integer versie) {
    Werkgeverscreening w = werkgever(g, organisatie);
    if (!w.heeftProfiel()) return Map.of("screening", "werkgever.screening.geenProfiel");
    if (naar == null) return Map.of("screening", "werkgever.screening.kies");
    String t = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
    if (t != null && t.length() > 500) return Map.of("toelichting", "werkgever.screening.toelichtingTeLang");
    if (naar == Screeningstatus.AFGEWEZEN && t == null) return Map.of("toelichting", "werkgever.screening.toelichtingVerplicht");
    if (versie == null || versie.intValue() != w.versie()) throw gelijktijdig();
    if (Screening.beoordeel(w.status(), naar) instanceof Screening.Overgang.Afgewezen a) return Map.of("screening", a.reden());
    if (!repository.wijzig(organisatie, w.status(), naar, t, g.gebruikersnaam(), versie)) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, "werkgever", organisatie,
        "Screening van werkgever (KvK " + w.kvkNummer() + "): " + w.status() + " → " + naar);
    return Map.of();
  }

  @Transactional
  public void koppel(HuidigeGebruiker g, UUID bemiddelaar, boolean koppelen) {
    wsp(g);
    Organisatie o = organisaties(g, OrganisatieType.BEMIDDELAAR).stream().filter(x -> x.id().waarde().equals(bemiddelaar)).findFirst()
        .orElseThrow(() -> new NietGevondenException("Deze bemiddelaar bestaat niet in uw regio."));
    boolean gewijzigd = koppelen
        ? repository.koppel(bemiddelaar, g.hoofdregio(), g.organisatieId().waarde(), g.gebruikersnaam())
        : repository.ontkoppel(bemiddelaar, g.hoofdregio());
    if (gewijzigd) {
      registreer(g, koppelen ? Handeling.AANMAKEN : Handeling.VERWIJDEREN, "bemiddelaar", o.id().waarde(),
          (koppelen ? "Bemiddelaar koppelen aan" : "Bemiddelaar ontkoppelen van") + " het werkgeversservicepunt " + g.hoofdregio());
    }
  }

  // --- hulp ---

  private Werkgeverscreening screening(Organisatie o) {
    Optional<Stand> s = repository.stand(o.id().waarde());
    Optional<Werkgeverprofiel> p = profielen.profiel(o.id().waarde());
    return new Werkgeverscreening(o.id().waarde(), o.naam(), p.map(Werkgeverprofiel::kvkNummer).orElse(null),
        p.map(Werkgeverprofiel::sector).orElse(null), s.map(Stand::status).orElse(Screeningstatus.NIET_GESCREEND),
        s.map(Stand::op).orElse(null), s.map(Stand::door).orElse(null), s.map(Stand::toelichting).orElse(null),
        s.map(Stand::versie).orElse(null));
  }

  private List<Organisatie> organisaties(HuidigeGebruiker g, OrganisatieType type) {
    Map<UUID, Organisatie> uniek = new java.util.LinkedHashMap<>();
    for (String r : g.regiocodes()) {
      toegang.organisatiesInRegio(r).stream().filter(o -> o.type() == type).forEach(o -> uniek.putIfAbsent(o.id().waarde(), o));
    }
    return List.copyOf(uniek.values());
  }

  private void registreer(HuidigeGebruiker g, Handeling h, String soort, UUID id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), h, ACTIVITEIT, soort,
        id.toString(), doel, "Publieke taak re-integratie"));
  }

  private static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft deze werkgever intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  private static void wsp(HuidigeGebruiker g) {
    if (g.rol() != Rol.REGIOLOKET || g.organisatieId() == null || g.hoofdregio() == null) {
      throw new AccessDeniedException("Alleen voor het werkgeversservicepunt (regioloket)");
    }
  }
}
