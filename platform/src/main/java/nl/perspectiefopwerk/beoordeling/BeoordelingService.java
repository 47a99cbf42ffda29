package nl.perspectiefopwerk.beoordeling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.beoordeling.domain.Functiescheiding;
import nl.perspectiefopwerk.beoordeling.persistence.BeoordelingRepository;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.melding.Melding;
import nl.perspectiefopwerk.melding.MeldingApi;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * De drie stappen van de beoordeling, elk alleen voor de eigen rol en vanuit de juiste status van het plan:
 * volledigheidstoets (ondersteuningsteam), advies (stuurgroep), besluit (ministerie). Een afwijzing door een
 * regel is een resultaat (veld → meldingsleutel), geen uitzondering. De regio krijgt bij terugsturen en bij het
 * besluit een melding in de app en per e-mail.
 */
@Service
public class BeoordelingService implements BeoordelingApi {

  static final int MAX = 5000;

  private final BeoordelingRepository repository;
  private final ActieplanApi actieplannen;
  private final MonitoringApi monitoring;
  private final MeldingApi meldingen;
  private final AuditApi audit;
  private final ApplicationEventPublisher events;
  private final Programmaklok klok;

  BeoordelingService(BeoordelingRepository repository, ActieplanApi actieplannen, MonitoringApi monitoring, MeldingApi meldingen,
      AuditApi audit, ApplicationEventPublisher events, Programmaklok klok) {
    this.repository = repository;
    this.actieplannen = actieplannen;
    this.monitoring = monitoring;
    this.meldingen = meldingen;
    this.audit = audit;
    this.events = events;
    this.klok = klok;
  }

  // --- lezen ---

  public Actieplan zichtbaar(HuidigeGebruiker g, ActieplanId id) {
    Actieplan p = actieplannen.plan(id).orElseThrow(() -> new NietGevondenException("Doe-agenda " + id + " bestaat niet."));
    switch (g.rol()) {
      case ONDERSTEUNINGSTEAM, STUURGROEP, MINISTERIE, EVALUATOR -> { }
      case REGIOCOORDINATOR -> {
        if (!g.werktInRegio(p.regiocode())) throw new NietGevondenException("Doe-agenda " + id + " bestaat niet.");
      }
      default -> throw new AccessDeniedException("Geen toegang tot de beoordeling");
    }
    return p;
  }

  /** De plannen die op deze rol wachten. */
  public List<Actieplan> werkvoorraad(HuidigeGebruiker g) {
    PlanStatus wacht = switch (g.rol()) {
      case ONDERSTEUNINGSTEAM -> PlanStatus.INGEDIEND;
      case STUURGROEP -> PlanStatus.VOLLEDIG;
      case MINISTERIE -> PlanStatus.GEADVISEERD;
      default -> throw new AccessDeniedException("Geen beoordelende rol");
    };
    return actieplannen.plannen().stream().filter(p -> p.status() == wacht).toList();
  }

  public List<Bijeenkomst> stuurgroepvergaderingen() {
    return monitoring.bijeenkomsten(BijeenkomstSoort.STUURGROEP);
  }

  @Override
  public List<Volledigheidstoets> toetsen(ActieplanId plan) {
    return repository.toetsen(plan.waarde());
  }

  @Override
  public List<Advies> adviezen(ActieplanId plan) {
    return repository.adviezen(plan.waarde());
  }

  @Override
  public Optional<Besluit> besluit(ActieplanId plan) {
    List<Besluit> b = repository.besluiten(plan.waarde());
    return b.isEmpty() ? Optional.empty() : Optional.of(b.getLast());
  }

  public List<Besluit> besluiten(ActieplanId plan) {
    return repository.besluiten(plan.waarde());
  }

  // --- volledigheidstoets (ondersteuningsteam) ---

  @Transactional
  public Map<String, String> toets(HuidigeGebruiker g, ActieplanId id, int versie, Map<Onderdeel, Boolean> inOrde,
      Map<Onderdeel, String> opmerkingen, String opmerking) {
    return toetsOp(g, id, versie, inOrde, opmerkingen, opmerking, klok.nu());
  }

  @Transactional
  public Map<String, String> toetsOp(HuidigeGebruiker g, ActieplanId id, int versie, Map<Onderdeel, Boolean> inOrde,
      Map<Onderdeel, String> opmerkingen, String opmerking, Instant op) {
    vereis(g, Rol.ONDERSTEUNINGSTEAM);
    Actieplan p = plan(g, id, versie, PlanStatus.INGEDIEND);
    Map<String, String> fouten = new LinkedHashMap<>();
    List<Volledigheidstoets.Uitkomst> uitkomsten = new ArrayList<>();
    for (Onderdeel o : Onderdeel.values()) {
      Boolean ok = inOrde.get(o);
      String opm = opmerkingen.getOrDefault(o, "") == null ? "" : opmerkingen.getOrDefault(o, "").strip();
      if (ok == null) fouten.put("onderdeel-" + o.name(), "beoordeling.fout.onderdeel");
      else if (!ok && opm.isEmpty()) fouten.put("opmerking-" + o.name(), "beoordeling.fout.opmerkingNodig");
      if (opm.length() > MAX) fouten.put("opmerking-" + o.name(), "beoordeling.fout.teLang");
      if (ok != null) uitkomsten.add(new Volledigheidstoets.Uitkomst(o, ok, opm.isEmpty() ? null : opm));
    }
    String algemeen = opmerking == null ? "" : opmerking.strip();
    if (algemeen.length() > MAX) fouten.put("opmerking", "beoordeling.fout.teLang");
    if (!fouten.isEmpty()) return fouten;
    boolean volledig = uitkomsten.stream().allMatch(Volledigheidstoets.Uitkomst::inOrde);
    PlanStatus naar = volledig ? PlanStatus.VOLLEDIG : PlanStatus.TERUGGESTUURD;
    Volledigheidstoets t = new Volledigheidstoets(UUID.randomUUID(), p.versienummer(), volledig, algemeen.isEmpty() ? null : algemeen,
        g.gebruikersnaam(), op, uitkomsten);
    repository.voegToetsToe(id.waarde(), p.regiocode(), t);
    String toelichting = volledig ? "Volledigheidstoets: volledig" : "Teruggestuurd: " + uitkomsten.stream().filter(u -> !u.inOrde())
        .map(u -> u.onderdeel().nummer() + " " + u.opmerking()).collect(Collectors.joining("; "));
    if (!actieplannen.verwerkBeoordeling(id, naar, g, toelichting, op)) throw gelijktijdig();
    registreer(g, id, "Volledigheidstoets vastleggen (" + naar + ")");
    events.publishEvent(new ActieplanBeoordeeld(id, p.regiocode(), "VOLLEDIGHEIDSTOETS", volledig));
    if (!volledig) {
      meldingen.meldAanRol(Rol.REGIOCOORDINATOR, p.regiocode(), new Melding("Doe-agenda teruggestuurd voor aanvulling",
          "Het ondersteuningsteam heeft uw doe-agenda teruggestuurd. " + toelichting, "/beoordeling/" + id));
    } else {
      meldingen.meldAanRol(Rol.STUURGROEP, null, new Melding("Doe-agenda " + p.regiocode() + " klaar voor advies",
          "De doe-agenda van " + p.regiocode() + " is volledig bevonden en wacht op het advies van de stuurgroep.", "/beoordeling/" + id));
    }
    return Map.of();
  }

  // --- advies (stuurgroep) ---

  @Transactional
  public Map<String, String> adviseer(HuidigeGebruiker g, ActieplanId id, int versie, UUID vergadering, Map<Criterium, Boolean> criteria,
      Boolean positief, String toelichting) {
    return adviseerOp(g, id, versie, vergadering, criteria, positief, toelichting, klok.nu());
  }

  @Transactional
  public Map<String, String> adviseerOp(HuidigeGebruiker g, ActieplanId id, int versie, UUID vergadering, Map<Criterium, Boolean> criteria,
      Boolean positief, String toelichting, Instant op) {
    vereis(g, Rol.STUURGROEP);
    Actieplan p = plan(g, id, versie, PlanStatus.VOLLEDIG);
    Map<String, String> fouten = new LinkedHashMap<>();
    Optional<Bijeenkomst> v = vergadering == null ? Optional.empty() : monitoring.bijeenkomst(vergadering);
    if (v.isEmpty() || v.get().soort() != BijeenkomstSoort.STUURGROEP) fouten.put("vergadering", "beoordeling.fout.vergadering");
    for (Criterium c : Criterium.values()) if (criteria.get(c) == null) fouten.put("criterium-" + c.name(), "beoordeling.fout.criterium");
    if (positief == null) fouten.put("positief", "beoordeling.fout.positief");
    String t = toelichting == null ? "" : toelichting.strip();
    if (t.isEmpty() || t.length() > MAX) fouten.put("toelichting", "beoordeling.fout.toelichting");
    if (Functiescheiding.magAdviseren(g.gebruikersnaam(), besluiten(id).stream().map(Besluit::door).toList())
        instanceof Functiescheiding.Uitkomst.Afgewezen a) {
      fouten.put("positief", a.reden());
    }
    if (!fouten.isEmpty()) return fouten;
    Advies advies = new Advies(UUID.randomUUID(), p.versienummer(), vergadering, new EnumMap<>(criteria), positief, t, g.gebruikersnaam(), op);
    repository.voegAdviesToe(id.waarde(), p.regiocode(), advies);
    if (!actieplannen.verwerkBeoordeling(id, PlanStatus.GEADVISEERD, g, (positief ? "Positief advies: " : "Negatief advies: ") + t, op)) {
      throw gelijktijdig();
    }
    registreer(g, id, "Advies van de stuurgroep vastleggen");
    events.publishEvent(new ActieplanBeoordeeld(id, p.regiocode(), "ADVIES", positief));
    meldingen.meldAanRol(Rol.MINISTERIE, null, new Melding("Doe-agenda " + p.regiocode() + " klaar voor besluit",
        "De stuurgroep heeft geadviseerd over de doe-agenda van " + p.regiocode() + ".", "/beoordeling/" + id));
    return Map.of();
  }

  // --- besluit (ministerie) ---

  @Transactional
  public Map<String, String> besluit(HuidigeGebruiker g, ActieplanId id, int versie, Boolean goedgekeurd, String motivering,
      LocalDate besluitdatum) {
    return besluitOp(g, id, versie, goedgekeurd, motivering, besluitdatum, klok.nu());
  }

  @Transactional
  public Map<String, String> besluitOp(HuidigeGebruiker g, ActieplanId id, int versie, Boolean goedgekeurd, String motivering,
      LocalDate besluitdatum, Instant op) {
    vereis(g, Rol.MINISTERIE);
    Actieplan p = plan(g, id, versie, PlanStatus.GEADVISEERD);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (goedgekeurd == null) fouten.put("goedgekeurd", "beoordeling.fout.besluit");
    String m = motivering == null ? "" : motivering.strip();
    if (m.isEmpty() || m.length() > MAX) fouten.put("motivering", "beoordeling.fout.motivering");
    LocalDate vandaag = LocalDate.ofInstant(op, Programmaklok.TIJDZONE);
    if (besluitdatum == null || besluitdatum.isAfter(vandaag)) fouten.put("besluitdatum", "beoordeling.fout.besluitdatum");
    if (Functiescheiding.magBesluiten(g.gebruikersnaam(), adviezen(id).stream().map(Advies::door).toList())
        instanceof Functiescheiding.Uitkomst.Afgewezen a) {
      fouten.put("goedgekeurd", a.reden());
    }
    if (!fouten.isEmpty()) return fouten;
    repository.voegBesluitToe(id.waarde(), p.regiocode(), new Besluit(UUID.randomUUID(), p.versienummer(), goedgekeurd, m, besluitdatum,
        g.gebruikersnaam(), op));
    if (goedgekeurd) {
      if (!actieplannen.keurGoed(id, g, "Goedgekeurd: " + m, besluitdatum, op)) throw gelijktijdig();
      Actieplan na = actieplannen.plan(id).orElseThrow();
      events.publishEvent(new ActieplanGoedgekeurd(id, p.regiocode(), besluitdatum, na.looptijdTot(), na.venster()));
    } else if (!actieplannen.verwerkBeoordeling(id, PlanStatus.AFGEWEZEN, g, "Afgewezen: " + m, op)) {
      throw gelijktijdig();
    }
    registreer(g, id, "Besluit over de doe-agenda vastleggen (" + (goedgekeurd ? "goedgekeurd" : "afgewezen") + ")");
    events.publishEvent(new ActieplanBeoordeeld(id, p.regiocode(), "BESLUIT", goedgekeurd));
    meldingen.meldAanRol(Rol.REGIOCOORDINATOR, p.regiocode(), new Melding(
        goedgekeurd ? "Doe-agenda goedgekeurd" : "Doe-agenda afgewezen",
        (goedgekeurd ? "Uw doe-agenda is goedgekeurd op " + besluitdatum + "; de looptijd van twee jaar gaat op die datum in. "
            : "Uw doe-agenda is afgewezen. ") + "Motivering: " + m, "/beoordeling/" + id));
    meldingen.meldAanRol(Rol.ONDERSTEUNINGSTEAM, null, new Melding("Besluit over doe-agenda " + p.regiocode(),
        "Het ministerie heeft de doe-agenda van " + p.regiocode() + (goedgekeurd ? " goedgekeurd." : " afgewezen."), "/beoordeling/" + id));
    return Map.of();
  }

  // --- hulp ---

  private Actieplan plan(HuidigeGebruiker g, ActieplanId id, int versie, PlanStatus verwacht) {
    Actieplan p = zichtbaar(g, id);
    if (p.versie() != versie) throw gelijktijdig();
    if (p.status() != verwacht) throw new GelijktijdigGewijzigdException("De doe-agenda staat niet (meer) klaar voor deze stap.");
    return p;
  }

  private static void vereis(HuidigeGebruiker g, Rol rol) {
    if (g.rol() != rol) throw new AccessDeniedException("Alleen voor " + rol);
  }

  private static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  private void registreer(HuidigeGebruiker g, ActieplanId id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), Handeling.WIJZIGEN,
        "programmacyclus-beoordeling", "actieplan", id.toString(), doel, "Publieke taak Perspectief op Werk"));
  }
}
