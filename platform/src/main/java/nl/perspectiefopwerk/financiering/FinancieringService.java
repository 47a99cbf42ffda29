package nl.perspectiefopwerk.financiering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.Bedrag;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.ProgrammaProperties;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.beoordeling.ActieplanGoedgekeurd;
import nl.perspectiefopwerk.financiering.domain.Tranchebeleid;
import nl.perspectiefopwerk.financiering.persistence.FinancieringRepository;
import nl.perspectiefopwerk.melding.Melding;
import nl.perspectiefopwerk.melding.MeldingApi;
import nl.perspectiefopwerk.monitoring.Aanwezigheid;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tranches en bestedingen. Tranche 1 volgt automatisch op de goedkeuring (event {@link ActieplanGoedgekeurd}); tranche
 * 2 besluit het ministerie per regio op de vier vastgelegde voorwaarden, waarvan aanwezigheid en rapportage uit
 * monitoring komen. Bedragen zijn decentralisatie-uitkeringen: zonder btw (incl. = excl.).
 */
@Service
public class FinancieringService implements FinancieringApi {

  static final String SYSTEEM = "systeem (goedkeuring doe-agenda)";

  private final FinancieringRepository repository;
  private final ActieplanApi actieplannen;
  private final MonitoringApi monitoring;
  private final MeldingApi meldingen;
  private final AuditApi audit;
  private final ApplicationEventPublisher events;
  private final ProgrammaProperties programma;
  private final Programmaklok klok;

  FinancieringService(FinancieringRepository repository, ActieplanApi actieplannen, MonitoringApi monitoring, MeldingApi meldingen,
      AuditApi audit, ApplicationEventPublisher events, ProgrammaProperties programma, Programmaklok klok) {
    this.repository = repository;
    this.actieplannen = actieplannen;
    this.monitoring = monitoring;
    this.meldingen = meldingen;
    this.audit = audit;
    this.events = events;
    this.programma = programma;
    this.klok = klok;
  }

  // --- tranche 1 ---

  /**
   * Na de commit van de goedkeuring, in een eigen transactie (zoals Modulith's {@code @ApplicationModuleListener},
   * maar synchroon: de regio ziet de tranche direct na het besluit).
   */
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void opGoedkeuring(ActieplanGoedgekeurd e) {
    kenTranche1Toe(e);
  }

  /** Kent tranche 1 toe in de circulaire van het venster (idempotent: een tweede keer doet niets). */
  @Transactional
  public boolean kenTranche1Toe(ActieplanGoedgekeurd e) {
    Circulaire c = Tranchebeleid.circulaireTranche1(e.venster(), e.besluitdatum(), programma.bzkSeptember(), programma.bzkDecember());
    Tranche t = new Tranche(UUID.randomUUID(), e.regiocode(), e.id().waarde(), 1, TrancheStatus.TOEGEKEND, programma.perRegioPerJaarCent(), c,
        null, null, null, SYSTEEM, e.besluitdatum().atStartOfDay(Programmaklok.TIJDZONE).toInstant(), 0);
    if (!repository.voegToe(t)) return false;
    events.publishEvent(new TrancheToegekend(e.regiocode(), 1, t.bedragCent(), c));
    meldingen.meldAanRol(Rol.REGIOCOORDINATOR, e.regiocode(), new Melding("Eerste tranche toegekend",
        "De eerste tranche van " + Bedrag.euro(t.bedragCent()) + " (decentralisatie-uitkering, geen btw) wordt uitgekeerd in de "
            + naam(c) + ".", "/financiering"));
    return true;
  }

  // --- tranche 2 ---

  /** Wat de voorwaarden nu opleveren (zonder te besluiten): voor het besluitformulier. */
  public Voorwaardenstand stand(String regiocode, LocalDate peildatum) {
    Aanwezigheid a = monitoring.aanwezigheid(regiocode, peildatum);
    return new Voorwaardenstand(a, programma.aanwezigheidsdrempelProcent(), monitoring.rapportageIngediend(regiocode, peildatum));
  }

  public record Voorwaardenstand(Aanwezigheid aanwezigheid, int drempelProcent, boolean rapportageIngediend) {
    public boolean aanwezigheidVoldoende() {
      return aanwezigheid.procent() >= drempelProcent;
    }
  }

  @Transactional
  public Map<String, String> besluitTranche2(HuidigeGebruiker g, String regiocode, Boolean goedeVoortgang, Boolean medewerkingMonitoring,
      String toelichting) {
    return besluitTranche2Op(g, regiocode, goedeVoortgang, medewerkingMonitoring, toelichting, klok.vandaag(), klok.nu());
  }

  @Transactional
  public Map<String, String> besluitTranche2Op(HuidigeGebruiker g, String regiocode, Boolean goedeVoortgang, Boolean medewerkingMonitoring,
      String toelichting, LocalDate peildatum, Instant op) {
    if (g.rol() != Rol.MINISTERIE) throw new AccessDeniedException("Alleen het ministerie besluit over de tweede tranche");
    Map<String, String> fouten = new LinkedHashMap<>();
    List<Tranche> bestaand = repository.tranches(regiocode);
    Optional<Actieplan> plan = actieplannen.planVanRegio(regiocode);
    if (plan.isEmpty() || bestaand.stream().noneMatch(t -> t.nummer() == 1)) fouten.put("regio", "financiering.fout.geenTranche1");
    else if (bestaand.stream().anyMatch(t -> t.nummer() == 2)) fouten.put("regio", "financiering.fout.alBesloten");
    else if (plan.get().status() != PlanStatus.GOEDGEKEURD && plan.get().status() != PlanStatus.IN_HERZIENING) {
      fouten.put("regio", "financiering.fout.nietGoedgekeurd");
    }
    if (goedeVoortgang == null) fouten.put("goedeVoortgang", "financiering.fout.keuze");
    if (medewerkingMonitoring == null) fouten.put("medewerkingMonitoring", "financiering.fout.keuze");
    String t = toelichting == null ? "" : toelichting.strip();
    if (t.isEmpty() || t.length() > 5000) fouten.put("toelichting", "financiering.fout.toelichting");
    if (!fouten.isEmpty()) return fouten;
    Voorwaardenstand s = stand(regiocode, peildatum);
    Tranchebeleid.Uitkomst u = Tranchebeleid.tranche2(goedeVoortgang, s.aanwezigheid().procent(), s.drempelProcent(), s.rapportageIngediend(),
        medewerkingMonitoring);
    boolean toegekend = u instanceof Tranchebeleid.Uitkomst.Toegekend;
    String reden = toegekend ? t : "Niet voldaan: " + ((Tranchebeleid.Uitkomst.Geweigerd) u).nietVoldaan().stream()
        .map(this::voorwaardeTekst).collect(Collectors.joining(", ")) + ". " + t;
    Tranche tranche = new Tranche(UUID.randomUUID(), regiocode, plan.get().id().waarde(), 2,
        toegekend ? TrancheStatus.TOEGEKEND : TrancheStatus.GEWEIGERD, toegekend ? programma.perRegioPerJaarCent() : 0,
        toegekend ? Circulaire.MAART_2020 : null, u.voorwaarden(), s.aanwezigheid().procent(), reden, g.gebruikersnaam(), op, 0);
    if (!repository.voegToe(tranche)) return Map.of("regio", "financiering.fout.alBesloten");
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), Handeling.AANMAKEN,
        "programmacyclus-financiering", "tranche", tranche.id().toString(), "Besluit tweede tranche " + regiocode + ": "
            + (toegekend ? "toegekend" : "geweigerd"), "Publieke taak Perspectief op Werk"));
    if (toegekend) events.publishEvent(new TrancheToegekend(regiocode, 2, tranche.bedragCent(), Circulaire.MAART_2020));
    else events.publishEvent(new TrancheGeweigerd(regiocode, 2, ((Tranchebeleid.Uitkomst.Geweigerd) u).nietVoldaan(), reden));
    meldingen.meldAanRol(Rol.REGIOCOORDINATOR, regiocode, new Melding(toegekend ? "Tweede tranche toegekend" : "Tweede tranche geweigerd",
        toegekend ? "De tweede tranche van " + Bedrag.euro(tranche.bedragCent()) + " wordt uitgekeerd in de circulaire van maart 2020."
            : "De tweede tranche is geweigerd. " + reden, "/financiering"));
    return Map.of();
  }

  private String voorwaardeTekst(Voorwaarde v) {
    return switch (v) {
      case GOEDE_VOORTGANG -> "goede voortgang";
      case AANWEZIGHEID -> "aanwezigheid bij de landelijke bijeenkomsten (drempel " + programma.aanwezigheidsdrempelProcent() + "%)";
      case RAPPORTAGE -> "voortgangsrapportage ingediend";
      case MEDEWERKING_MONITORING -> "medewerking aan de monitoring";
    };
  }

  // --- bestedingen ---

  @Transactional
  public Map<String, String> legBestedingVast(HuidigeGebruiker g, UUID activiteit, Financieringsvorm vorm, String bedrag, String omschrijving,
      LocalDate datum) {
    if (g.rol() != Rol.REGIOCOORDINATOR || g.hoofdregio() == null) throw new AccessDeniedException("Alleen voor de regiocoördinator");
    Map<String, String> fouten = new LinkedHashMap<>();
    Optional<Actieplan> plan = actieplannen.planVanRegio(g.hoofdregio());
    if (activiteit == null || plan.isEmpty() || plan.get().activiteiten().stream().noneMatch(a -> a.id().equals(activiteit))) {
      fouten.put("activiteit", "financiering.fout.activiteit");
    }
    if (vorm == null) fouten.put("financieringsvorm", "financiering.fout.vorm");
    Optional<Long> cent = Bedrag.leesCent(bedrag).filter(c -> c > 0);
    if (cent.isEmpty()) fouten.put("bedrag", "financiering.fout.bedrag");
    String o = omschrijving == null ? "" : omschrijving.strip();
    if (o.isEmpty() || o.length() > 500) fouten.put("omschrijving", "financiering.fout.omschrijving");
    if (datum == null || datum.isAfter(klok.laatsteToegestaneDatum())) fouten.put("datum", "financiering.fout.datum");
    if (!fouten.isEmpty()) return fouten;
    Besteding b = new Besteding(UUID.randomUUID(), g.hoofdregio(), activiteit, vorm, cent.get(), o, datum, g.gebruikersnaam());
    repository.voegBestedingToe(b);
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), Handeling.AANMAKEN,
        "programmacyclus-financiering", "besteding", b.id().toString(), "Besteding vastleggen", "Publieke taak Perspectief op Werk"));
    events.publishEvent(new BestedingVastgelegd(g.hoofdregio(), activiteit, cent.get()));
    return Map.of();
  }

  public List<Besteding> bestedingen(HuidigeGebruiker g, String regiocode) {
    magLezen(g, regiocode);
    return repository.bestedingen(regiocode);
  }

  public List<Tranche> tranches(HuidigeGebruiker g, String regiocode) {
    magLezen(g, regiocode);
    return repository.tranches(regiocode);
  }

  public List<Tranche> alleTranches(HuidigeGebruiker g) {
    landelijk(g);
    return repository.alle();
  }

  public static void magLezen(HuidigeGebruiker g, String regiocode) {
    if (g.rol() == Rol.REGIOCOORDINATOR && g.werktInRegio(regiocode)) return;
    landelijk(g);
  }

  static void landelijk(HuidigeGebruiker g) {
    if (g.rol() != Rol.ONDERSTEUNINGSTEAM && g.rol() != Rol.STUURGROEP && g.rol() != Rol.MINISTERIE && g.rol() != Rol.EVALUATOR) {
      throw new AccessDeniedException("Alleen voor landelijke programmarollen");
    }
  }

  public LocalDate datum(Circulaire c) {
    return c == null ? null : switch (c) {
      case SEPTEMBER_2019 -> programma.septembercirculaire();
      case DECEMBER_2019 -> programma.decembercirculaire();
      case MAART_2020 -> programma.maartcirculaire();
    };
  }

  public boolean betaald(Tranche t) {
    return t.betaald(klok.vandaag(), datum(t.circulaire()));
  }

  public static String naam(Circulaire c) {
    return switch (c) {
      case SEPTEMBER_2019 -> "septembercirculaire 2019";
      case DECEMBER_2019 -> "decembercirculaire 2019";
      case MAART_2020 -> "circulaire van maart 2020";
    };
  }

  // --- FinancieringApi ---

  @Override
  public List<Tranche> tranches(String regiocode) {
    return repository.tranches(regiocode);
  }

  @Override
  public List<Geldstroom> geldPerCirculaireEnTranche() {
    List<Tranche> alle = repository.alle();
    List<Geldstroom> uit = new ArrayList<>();
    for (Circulaire c : Circulaire.values()) {
      for (int n = 1; n <= 2; n++) {
        int nummer = n;
        List<Tranche> hier = alle.stream().filter(t -> t.circulaire() == c && t.nummer() == nummer && t.status() == TrancheStatus.TOEGEKEND).toList();
        if (hier.isEmpty()) continue;
        long toegekend = hier.stream().mapToLong(Tranche::bedragCent).sum();
        long betaald = hier.stream().filter(this::betaald).mapToLong(Tranche::bedragCent).sum();
        uit.add(new Geldstroom(c, nummer, hier.size(), toegekend, betaald));
      }
    }
    return uit;
  }

  @Override
  public List<Regiosaldo> saldoPerRegio() {
    Map<String, Long> besteed = repository.besteedPerRegio();
    Map<String, List<Tranche>> perRegio = repository.alle().stream().collect(Collectors.groupingBy(Tranche::regiocode, java.util.TreeMap::new,
        Collectors.toList()));
    List<Regiosaldo> uit = new ArrayList<>();
    perRegio.forEach((regio, ts) -> uit.add(new Regiosaldo(regio,
        ts.stream().filter(t -> t.status() == TrancheStatus.TOEGEKEND).mapToLong(Tranche::bedragCent).sum(),
        ts.stream().filter(this::betaald).mapToLong(Tranche::bedragCent).sum(), besteed.getOrDefault(regio, 0L))));
    return uit;
  }
}
