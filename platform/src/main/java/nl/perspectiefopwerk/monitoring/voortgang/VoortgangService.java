package nl.perspectiefopwerk.monitoring.voortgang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.ProgrammaProperties;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.monitoring.ActiviteitStatus;
import nl.perspectiefopwerk.monitoring.ProgrammaVerlengd;
import nl.perspectiefopwerk.monitoring.Programmaverlenging;
import nl.perspectiefopwerk.monitoring.Rapportage;
import nl.perspectiefopwerk.monitoring.Rapportage.Activiteitstand;
import nl.perspectiefopwerk.monitoring.RapportageIngediend;
import nl.perspectiefopwerk.monitoring.regels.Toegangsregels;
import nl.perspectiefopwerk.monitoring.regels.Vastlegging;
import nl.perspectiefopwerk.monitoring.Voortgangsgesprek;
import nl.perspectiefopwerk.monitoring.VoortgangsgesprekVastgelegd;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voortgang: periodieke rapportages van de regio (stand per activiteit van de doe-agenda, gerealiseerde matches,
 * knelpunten), voortgangsgesprekken van het ondersteuningsteam met verslag, en verlenging van het programma
 * (ministerie) met reden.
 */
@Service
public class VoortgangService {

  static final int MAX = 10_000;

  private final VoortgangRepository repository;
  private final ActieplanApi actieplannen;
  private final AuditApi audit;
  private final ApplicationEventPublisher events;
  private final Programmaklok klok;
  private final ProgrammaProperties programma;

  VoortgangService(VoortgangRepository repository, ActieplanApi actieplannen, AuditApi audit, ApplicationEventPublisher events,
      Programmaklok klok, ProgrammaProperties programma) {
    this.repository = repository;
    this.actieplannen = actieplannen;
    this.audit = audit;
    this.events = events;
    this.klok = klok;
    this.programma = programma;
  }

  public List<Rapportage> rapportages(HuidigeGebruiker g, String regiocode) {
    Toegangsregels.magRegioLezen(g, regiocode);
    return repository.rapportages(regiocode);
  }

  public List<Voortgangsgesprek> gesprekken(HuidigeGebruiker g, String regiocode) {
    Toegangsregels.magRegioLezen(g, regiocode);
    return repository.gesprekken(regiocode);
  }

  @Transactional
  public Map<String, String> dienRapportageIn(HuidigeGebruiker g, RapportageFormulier f) {
    return dienRapportageInOp(g, f, klok.nu());
  }

  /** Indienen op een bepaald moment (demodata). */
  @Transactional
  public Map<String, String> dienRapportageInOp(HuidigeGebruiker g, RapportageFormulier f, Instant op) {
    Toegangsregels.vereis(g, Rol.REGIOCOORDINATOR);
    String regio = g.hoofdregio();
    Map<String, String> fouten = new LinkedHashMap<>();
    String periode = f.periode() == null ? "" : f.periode().strip();
    if (!periode.matches("20[0-9]{2}-(Q[1-4]|H[12]|[0-9]{2})")) fouten.put("periode", "monitoring.fout.periode");
    else if (repository.bestaatRapportage(regio, periode)) fouten.put("periode", "monitoring.fout.periodeBestaat");
    if (f.gerealiseerdeMatches() == null || f.gerealiseerdeMatches() < 0 || f.gerealiseerdeMatches() > 100_000) {
      fouten.put("gerealiseerdeMatches", "monitoring.fout.matches");
    }
    if (f.knelpunten() != null && f.knelpunten().length() > MAX) fouten.put("knelpunten", "monitoring.fout.teLang");
    if (f.toelichting() != null && f.toelichting().length() > MAX) fouten.put("toelichting", "monitoring.fout.teLang");
    Set<UUID> eigenActiviteiten = actieplannen.planVanRegio(regio).map(p -> p.activiteiten().stream()
        .map(a -> a.id()).collect(Collectors.toSet())).orElse(Set.of());
    List<Activiteitstand> standen = new ArrayList<>();
    f.standen().forEach((id, stand) -> {
      if (!eigenActiviteiten.contains(id)) fouten.put("activiteiten", "monitoring.fout.activiteit");
      else if (stand != null) standen.add(new Activiteitstand(id, stand, f.toelichtingen().getOrDefault(id, "").strip()));
    });
    if (!fouten.isEmpty()) return fouten;
    Rapportage r = new Rapportage(UUID.randomUUID(), regio, periode, f.gerealiseerdeMatches(), s(f.knelpunten()), s(f.toelichting()),
        g.gebruikersnaam(), op, standen);
    repository.voegRapportageToe(r);
    Vastlegging.registreer(audit, g, Handeling.AANMAKEN, "voortgangsrapportage", r.id().toString(),
        "Voortgangsrapportage " + periode + " van " + regio + " indienen");
    events.publishEvent(new RapportageIngediend(regio, periode, r.gerealiseerdeMatches()));
    return Map.of();
  }

  @Transactional
  public Map<String, String> legGesprekVast(HuidigeGebruiker g, String regiocode, LocalDate datum, String verslag) {
    Toegangsregels.vereis(g, Rol.ONDERSTEUNINGSTEAM);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (regiocode == null || actieplannen.planVanRegio(regiocode).isEmpty()) fouten.put("regio", "monitoring.fout.regio");
    if (datum == null) fouten.put("datum", "monitoring.fout.datum");
    if (verslag == null || verslag.isBlank() || verslag.length() > MAX) fouten.put("verslag", "monitoring.fout.verslag");
    if (!fouten.isEmpty()) return fouten;
    UUID id = UUID.randomUUID();
    repository.voegGesprekToe(new Voortgangsgesprek(id, regiocode, datum, verslag.strip(), g.gebruikersnaam()));
    Vastlegging.registreer(audit, g, Handeling.AANMAKEN, "voortgangsgesprek", id.toString(), "Voortgangsgesprek met " + regiocode + " vastleggen");
    events.publishEvent(new VoortgangsgesprekVastgelegd(regiocode, datum));
    return Map.of();
  }

  public List<Programmaverlenging> verlengingen() {
    return repository.verlengingen();
  }

  public LocalDate programmaEinde() {
    List<Programmaverlenging> v = repository.verlengingen();
    return v.isEmpty() ? programma.programmaEinde() : v.getLast().nieuweEinddatum();
  }

  @Transactional
  public Map<String, String> verleng(HuidigeGebruiker g, LocalDate nieuweEinde, String reden) {
    Toegangsregels.vereis(g, Rol.MINISTERIE);
    LocalDate oud = programmaEinde();
    Map<String, String> fouten = new LinkedHashMap<>();
    if (nieuweEinde == null || !nieuweEinde.isAfter(oud)) fouten.put("einddatum", "monitoring.fout.einddatum");
    if (reden == null || reden.isBlank() || reden.length() > 2000) fouten.put("reden", "monitoring.fout.reden");
    if (!fouten.isEmpty()) return fouten;
    repository.voegVerlengingToe(new Programmaverlenging(oud, nieuweEinde, reden.strip(), g.gebruikersnaam(), klok.nu()));
    Vastlegging.registreer(audit, g, Handeling.WIJZIGEN, "programma", "perspectief-op-werk", "Programma verlengen tot " + nieuweEinde);
    events.publishEvent(new ProgrammaVerlengd(oud, nieuweEinde, reden.strip()));
    return Map.of();
  }

  private static String s(String v) {
    return v == null ? "" : v.strip();
  }

  /** Invoer van een rapportage; {@code standen} per activiteit-id van de doe-agenda. */
  public record RapportageFormulier(String periode, Integer gerealiseerdeMatches, String knelpunten, String toelichting,
      Map<UUID, ActiviteitStatus> standen, Map<UUID, String> toelichtingen) {
    public RapportageFormulier {
      standen = standen == null ? Map.of() : new LinkedHashMap<>(standen);
      toelichtingen = toelichtingen == null ? Map.of() : new LinkedHashMap<>(toelichtingen);
    }
  }
}
