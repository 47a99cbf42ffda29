package nl.perspectiefopwerk.kandidaat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.audit.VastgelegdeVerwerking;
import nl.perspectiefopwerk.kandidaat.beveiliging.Kluis;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRij;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wie mag de identiteit van een kandidaat zien: de consulent van de eigen organisatie, het
 * regioloket van de regio en de kandidaat zelf — niemand anders. Elke inzage wordt vastgelegd vóór
 * de gegevens worden getoond; wie per uur meer dan het ingestelde aantal identiteiten inziet, wordt
 * geweigerd en gemeld aan de beheerder.
 */
@Service
public class IdentiteitService {

  static final String BETROKKENE = "kandidaat";
  static final String ACTIVITEIT_DOSSIER = "kandidatenbestand-identiteit";
  static final String ACTIVITEIT_LIJST = "kandidatenlijst";

  private final KandidaatRepository repository;
  private final KandidaatService kandidaten;
  private final AuditApi audit;
  private final Kluis kluis;
  private final KandidaatProperties properties;

  IdentiteitService(KandidaatRepository repository, KandidaatService kandidaten, AuditApi audit, Kluis kluis, KandidaatProperties properties) {
    this.repository = repository;
    this.kandidaten = kandidaten;
    this.audit = audit;
    this.kluis = kluis;
    this.properties = properties;
  }

  /** Het toegangsbeleid, als zuivere functie (getest over alle rollen). */
  public static boolean magIdentiteitZien(HuidigeGebruiker g, KandidaatRij k) {
    return switch (g.rol()) {
      case CONSULENT -> g.organisatieId() != null && g.organisatieId().waarde().equals(k.organisatieId());
      case REGIOLOKET -> g.werktInRegio(k.regiocode());
      case KANDIDAAT -> k.gebruikersnaam() != null && k.gebruikersnaam().equals(g.gebruikersnaam());
      default -> false;
    };
  }

  /** Bijzondere persoonsgegevens (ondersteuningsbehoefte): alleen de consulent van de eigen organisatie. */
  public static boolean magOndersteuningZien(HuidigeGebruiker g, KandidaatRij k) {
    return g.rol() == Rol.CONSULENT && g.organisatieId() != null && g.organisatieId().waarde().equals(k.organisatieId());
  }

  /** De kandidaat met identiteit, na toegangscontrole, begrenzing en vastlegging. */
  @Transactional
  public KandidaatInzage bekijk(HuidigeGebruiker g, KandidaatId id, String doel) {
    KandidaatRij k = kandidaten.vind(id);
    if (!magIdentiteitZien(g, k)) {
      throw new AccessDeniedException("Geen toegang tot deze kandidaat.");
    }
    if (g.rol() != Rol.KANDIDAAT) {
      long inzagen = audit.aantal(g.gebruikersnaam(), ACTIVITEIT_DOSSIER, Instant.now().minus(Duration.ofHours(1)));
      if (inzagen >= properties.maxInzagenPerUur()) {
        audit.signaleer(g.gebruikersnaam(), "Meer dan " + properties.maxInzagenPerUur() + " identiteitsinzagen in een uur; verdere inzage geweigerd.");
        throw new TeVeelInzagenException();
      }
    }
    audit.registreer(new Dataverwerking(
        new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), Handeling.INZIEN, ACTIVITEIT_DOSSIER,
        BETROKKENE, id.toString(), doel, g.rol() == Rol.KANDIDAAT ? "Inzage in eigen gegevens (AVG art. 15)" : "Publieke taak re-integratie"));
    return new KandidaatInzage(
        k, k.bsnVersleuteld() == null ? null : kluis.ontsleutel(k.bsnVersleuteld()).gemaskeerd(),
        repository.werkfit(k.id()).orElse(null), repository.toestemmingen(k.id()), kandidaten.zichtbaarheid(k),
        magOndersteuningZien(g, k) ? repository.ondersteuning(k.id()) : null,
        repository.beroepen(List.of(k.id())).getOrDefault(k.id(), List.of()),
        repository.vaardigheden(List.of(k.id())).getOrDefault(k.id(), List.of()));
  }

  /**
   * Een lijstpagina toont namen en woonplaatsen: ook dat is inzage in identificerende gegevens, dus elke
   * getoonde kandidaat krijgt een regel in het verwerkingenlog (één trace voor de hele pagina).
   */
  @Transactional
  public void registreerLijstinzage(HuidigeGebruiker g, List<KandidaatRij> getoond) {
    if (getoond.isEmpty()) return;
    audit.registreerVoorElk(
        new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), Handeling.INZIEN, ACTIVITEIT_LIJST,
            BETROKKENE, "lijst", "Overzicht van kandidaten bekijken", "Publieke taak re-integratie"),
        getoond.stream().map(k -> k.id().toString()).toList());
  }

  /** Wie heeft de gegevens van deze kandidaat bekeken (voor de kandidaat zelf). */
  public List<VastgelegdeVerwerking> inzagen(KandidaatId id) {
    return audit.voorBetrokkene(BETROKKENE, id.toString());
  }

  /** Te veel inzagen in korte tijd: geweigerd en gemeld. */
  public static class TeVeelInzagenException extends AccessDeniedException {
    public TeVeelInzagenException() {
      super("U heeft in het afgelopen uur te veel kandidaten bekeken. De beheerder is op de hoogte gebracht.");
    }
  }

  /** Alles wat een bevoegde op het kandidaatscherm ziet. */
  public record KandidaatInzage(
      KandidaatRij kandidaat,
      String bsnGemaskeerd,
      nl.perspectiefopwerk.kandidaat.domain.Werkfitbeoordeling werkfit,
      List<nl.perspectiefopwerk.kandidaat.domain.Toestemming> toestemmingen,
      nl.perspectiefopwerk.kandidaat.domain.Zichtbaarheid.Uitkomst zichtbaarheid,
      IntakeGegevens.Ondersteuningsbehoefte ondersteuning,
      List<String> beroepen,
      List<String> vaardigheden) {}
}
