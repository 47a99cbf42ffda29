package nl.perspectiefopwerk.actieplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.actieplan.Actieplan.Activiteit;
import nl.perspectiefopwerk.actieplan.Actieplan.Arrangement;
import nl.perspectiefopwerk.actieplan.Actieplan.Inhoud;
import nl.perspectiefopwerk.actieplan.Actieplan.Ondertekenaar;
import nl.perspectiefopwerk.actieplan.domain.Momentopname;
import nl.perspectiefopwerk.actieplan.domain.Planlevensloop;
import nl.perspectiefopwerk.actieplan.domain.Programmakalender;
import nl.perspectiefopwerk.actieplan.domain.Volledigheid;
import nl.perspectiefopwerk.actieplan.persistence.ActieplanRepository;
import nl.perspectiefopwerk.audit.Actor;
import nl.perspectiefopwerk.audit.AuditApi;
import nl.perspectiefopwerk.audit.Dataverwerking;
import nl.perspectiefopwerk.audit.Handeling;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.melding.Melding;
import nl.perspectiefopwerk.melding.MeldingApi;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schrijven, indienen en herzien van de doe-agenda. Toegang: de regiocoördinator het plan van de eigen regio
 * (lezen en schrijven); ondersteuningsteam, stuurgroep, ministerie en evaluator alle plannen (lezen); ieder
 * ander geen. Elke wijziging controleert de versie van het plan; elke statusovergang wordt vastgelegd
 * (geschiedenis, verwerkingenlog) en als event gepubliceerd.
 */
@Service
public class ActieplanService implements ActieplanApi {

  static final String ACTIVITEIT = "programmacyclus-actieplan";
  static final String BETROKKENE = "actieplan";
  static final int MAX_TEKST = 20_000;
  static final int MAX_KORT = 500;

  private final ActieplanRepository repository;
  private final AuditApi audit;
  private final MeldingApi meldingen;
  private final ApplicationEventPublisher events;
  private final ProgrammaProperties programma;
  private final Programmaklok klok;

  ActieplanService(ActieplanRepository repository, AuditApi audit, MeldingApi meldingen, ApplicationEventPublisher events,
      ProgrammaProperties programma, Programmaklok klok) {
    this.repository = repository;
    this.audit = audit;
    this.meldingen = meldingen;
    this.events = events;
    this.programma = programma;
    this.klok = klok;
  }

  // --- lezen ---

  /** Het plan van de eigen regio voor de regiocoördinator; bestaat het nog niet, dan een leeg concept. */
  @Transactional
  public Actieplan eigenPlan(HuidigeGebruiker g) {
    coordinator(g);
    ActieplanId id = repository.zorgVoorPlan(g.hoofdregio());
    return repository.vind(id).orElseThrow();
  }

  /** Het plan als deze gebruiker het mag zien; anders bestaat het voor hem niet. */
  public Actieplan zichtbaar(HuidigeGebruiker g, ActieplanId id) {
    if (!magLezen(g)) throw new AccessDeniedException("Geen toegang tot doe-agenda's");
    return repository.vind(id).filter(p -> g.rol() != Rol.REGIOCOORDINATOR || g.werktInRegio(p.regiocode()))
        .orElseThrow(() -> new NietGevondenException("Doe-agenda " + id + " bestaat niet."));
  }

  /** Alle plannen voor de landelijke rollen; de regiocoördinator alleen het eigen plan. */
  public List<Actieplan> zichtbarePlannen(HuidigeGebruiker g) {
    if (!magLezen(g)) throw new AccessDeniedException("Geen toegang tot doe-agenda's");
    return g.rol() == Rol.REGIOCOORDINATOR ? repository.vanRegio(g.hoofdregio()).stream().toList() : repository.alle();
  }

  public static boolean magLezen(HuidigeGebruiker g) {
    return switch (g.rol()) {
      case REGIOCOORDINATOR -> g.hoofdregio() != null;
      case ONDERSTEUNINGSTEAM, STUURGROEP, MINISTERIE, EVALUATOR -> true;
      default -> false;
    };
  }

  public Optional<byte[]> overeenkomst(HuidigeGebruiker g, ActieplanId id) {
    zichtbaar(g, id);
    return repository.overeenkomst(id);
  }

  public List<Planversie> versies(HuidigeGebruiker g, ActieplanId id) {
    zichtbaar(g, id);
    return repository.versies(id);
  }

  public List<Statusovergang> geschiedenis(HuidigeGebruiker g, ActieplanId id) {
    zichtbaar(g, id);
    return repository.geschiedenis(id);
  }

  public Programmakalender kalender() {
    return new Programmakalender(programma.septemberUiterlijk(), programma.decemberUiterlijk());
  }

  // --- schrijven (regiocoördinator, alleen in een bewerkbare status) ---

  @Transactional
  public Map<String, String> slaInhoudOp(HuidigeGebruiker g, ActieplanId id, int versie, InhoudFormulier f) {
    Actieplan p = bewerkbaar(g, id, versie);
    Map<String, String> fouten = new LinkedHashMap<>();
    Integer matches = null;
    if (f.ambitieMatches() != null && !f.ambitieMatches().isBlank()) {
      try {
        matches = Integer.parseInt(f.ambitieMatches().strip());
        if (matches < 1 || matches > 100_000) fouten.put("ambitieMatches", "actieplan.fout.ambitieMatches");
      } catch (NumberFormatException e) {
        fouten.put("ambitieMatches", "actieplan.fout.ambitieMatches");
      }
    }
    long pilotBudget = 0;
    if (f.praktijklerenBudget() != null && !f.praktijklerenBudget().isBlank()) {
      Optional<Long> b = Bedrag.leesCent(f.praktijklerenBudget());
      if (b.isEmpty()) fouten.put("praktijklerenBudget", "actieplan.fout.bedrag");
      else pilotBudget = b.get();
    }
    String email = tekst(f.contactEmail());
    if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) fouten.put("contactEmail", "actieplan.fout.email");
    Map<String, String> teksten = new LinkedHashMap<>();
    teksten.put("analyse", f.analyse());
    teksten.put("ambitieVerbetering", f.ambitieVerbetering());
    teksten.put("ambitieKwalitatief", f.ambitieKwalitatief());
    teksten.put("aanpak", f.aanpak());
    teksten.put("wgdAanspreekpunt", f.wgdAanspreekpunt());
    teksten.put("wgdZichtbaarheid", f.wgdZichtbaarheid());
    teksten.put("wgdHarmonisatie", f.wgdHarmonisatie());
    teksten.put("betrokkenen", f.betrokkenen());
    teksten.put("instrumenten", f.instrumenten());
    teksten.put("overigeAfspraken", f.overigeAfspraken());
    teksten.forEach((k, v) -> {
      if (v != null && v.length() > MAX_TEKST) fouten.put(k, "actieplan.fout.teLang");
    });
    for (String k : List.of("contactNaam", "contactTelefoon")) {
      String v = k.equals("contactNaam") ? f.contactNaam() : f.contactTelefoon();
      if (v != null && v.length() > 200) fouten.put(k, "actieplan.fout.teLang");
    }
    if (!fouten.isEmpty()) return fouten;
    Inhoud i = new Inhoud(tekst(f.analyse()), matches, tekst(f.ambitieVerbetering()), tekst(f.ambitieKwalitatief()), tekst(f.aanpak()),
        tekst(f.wgdAanspreekpunt()), tekst(f.wgdZichtbaarheid()), tekst(f.wgdHarmonisatie()), tekst(f.betrokkenen()),
        tekst(f.instrumenten()), tekst(f.overigeAfspraken()), tekst(f.contactNaam()), email, tekst(f.contactTelefoon()),
        f.praktijklerenPilot(), f.praktijklerenPilot() ? pilotBudget : 0);
    if (!repository.slaInhoudOp(p.id(), versie, i)) throw gelijktijdig();
    registreer(g, Handeling.WIJZIGEN, p.id(), "Doe-agenda bewerken");
    return Map.of();
  }

  @Transactional
  public Map<String, String> voegActiviteitToe(HuidigeGebruiker g, ActieplanId id, int versie, ActiviteitFormulier f) {
    Actieplan p = bewerkbaar(g, id, versie);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (f.pijler() == null) fouten.put("pijler", "actieplan.fout.pijler");
    kort(fouten, "thema", f.thema(), 200);
    kort(fouten, "partijen", f.partijen(), MAX_KORT);
    kort(fouten, "planning", f.planning(), 200);
    Optional<Long> budget = Bedrag.leesCent(f.budget());
    if (budget.isEmpty()) fouten.put("budget", "actieplan.fout.bedrag");
    if (f.financieringsvorm() == null) fouten.put("financieringsvorm", "actieplan.fout.financieringsvorm");
    if (!fouten.isEmpty()) return fouten;
    if (!repository.raakAan(p.id(), versie)) throw gelijktijdig();
    repository.voegActiviteitToe(p.id(), new Activiteit(UUID.randomUUID(), f.pijler(), f.thema().strip(), f.partijen().strip(),
        f.planning().strip(), budget.get(), f.financieringsvorm()));
    registreer(g, Handeling.WIJZIGEN, p.id(), "Activiteit toevoegen aan de doe-agenda");
    return Map.of();
  }

  @Transactional
  public Map<String, String> voegArrangementToe(HuidigeGebruiker g, ActieplanId id, int versie, ArrangementFormulier f) {
    Actieplan p = bewerkbaar(g, id, versie);
    Map<String, String> fouten = new LinkedHashMap<>();
    kort(fouten, "soortWerk", f.soortWerk(), 200);
    kort(fouten, "doelgroep", f.doelgroep(), 200);
    kort(fouten, "toeleiding", f.toeleiding(), 1000);
    kort(fouten, "opleiding", f.opleiding(), 1000);
    kort(fouten, "arrangementPartijen", f.partijen(), MAX_KORT);
    if (!fouten.isEmpty()) return fouten;
    if (!repository.raakAan(p.id(), versie)) throw gelijktijdig();
    repository.voegArrangementToe(p.id(), new Arrangement(UUID.randomUUID(), f.soortWerk().strip(), f.doelgroep().strip(),
        f.toeleiding().strip(), f.opleiding().strip(), f.partijen().strip()));
    registreer(g, Handeling.WIJZIGEN, p.id(), "Arrangement toevoegen aan de doe-agenda");
    return Map.of();
  }

  @Transactional
  public Map<String, String> voegOndertekenaarToe(HuidigeGebruiker g, ActieplanId id, int versie, OndertekenaarFormulier f) {
    Actieplan p = bewerkbaar(g, id, versie);
    Map<String, String> fouten = new LinkedHashMap<>();
    if (f.soort() == null) fouten.put("soort", "actieplan.fout.soort");
    kort(fouten, "naam", f.naam(), 200);
    kort(fouten, "functie", f.functie(), 200);
    kort(fouten, "organisatie", f.organisatie(), 200);
    if (f.getekendOp() != null && f.getekendOp().isAfter(klok.laatsteToegestaneDatum())) fouten.put("getekendOp", "actieplan.fout.getekendOp");
    if (f.soort() != null && f.soort() != OndertekenaarSoort.MEDE
        && p.ondertekenaars().stream().anyMatch(o -> o.soort() == f.soort())) {
      fouten.put("soort", "actieplan.fout.soortBestaat");
    }
    if (!fouten.isEmpty()) return fouten;
    if (!repository.raakAan(p.id(), versie)) throw gelijktijdig();
    repository.voegOndertekenaarToe(p.id(), new Ondertekenaar(UUID.randomUUID(), f.soort(), f.naam().strip(), f.functie().strip(),
        f.organisatie().strip(), f.verklaringA(), f.verklaringB(), f.verklaringC(), f.getekendOp()));
    registreer(g, Handeling.WIJZIGEN, p.id(), "Ondertekenaar toevoegen aan de doe-agenda");
    return Map.of();
  }

  /** Verwijdert een activiteit, arrangement of ondertekenaar. */
  @Transactional
  public void verwijderDeel(HuidigeGebruiker g, ActieplanId id, int versie, String soort, UUID deel) {
    Actieplan p = bewerkbaar(g, id, versie);
    if (!repository.raakAan(p.id(), versie)) throw gelijktijdig();
    int n = switch (soort) {
      case "activiteiten" -> repository.verwijderActiviteit(p.id(), deel);
      case "arrangementen" -> repository.verwijderArrangement(p.id(), deel);
      case "ondertekenaars" -> repository.verwijderOndertekenaar(p.id(), deel);
      default -> 0;
    };
    if (n == 0) throw new NietGevondenException("Dit onderdeel bestaat niet (meer).");
    registreer(g, Handeling.WIJZIGEN, p.id(), "Onderdeel verwijderen uit de doe-agenda (" + soort + ")");
  }

  /** De samenwerkingsovereenkomst: alleen een PDF (begint met {@code %PDF-}), niet leeg, hoogstens de ingestelde grootte. */
  @Transactional
  public Map<String, String> uploadOvereenkomst(HuidigeGebruiker g, ActieplanId id, int versie, String bestandsnaam, byte[] inhoud) {
    Actieplan p = bewerkbaar(g, id, versie);
    Optional<String> fout = Pdfcontrole.controleer(inhoud, programma.maxOvereenkomstBytes());
    if (fout.isPresent()) return Map.of("overeenkomst", fout.get());
    String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "samenwerkingsovereenkomst.pdf"
        : bestandsnaam.replaceAll("[^A-Za-z0-9._ -]", "_");
    if (naam.length() > 150) naam = naam.substring(0, 150);
    if (!repository.raakAan(p.id(), versie)) throw gelijktijdig();
    repository.bewaarOvereenkomst(p.id(), naam, inhoud);
    registreer(g, Handeling.WIJZIGEN, p.id(), "Samenwerkingsovereenkomst uploaden");
    return Map.of();
  }

  /** Onderdeel 4, optioneel: een afbeelding (PNG of JPEG) of PDF van de regionale infrastructuur, hoogstens de ingestelde grootte. */
  @Transactional
  public Map<String, String> uploadInfrastructuur(HuidigeGebruiker g, ActieplanId id, int versie, String bestandsnaam, byte[] inhoud) {
    Actieplan p = bewerkbaar(g, id, versie);
    if (inhoud == null || inhoud.length == 0) return Map.of("infrastructuur", "actieplan.fout.infrastructuur.leeg");
    if (inhoud.length > programma.maxOvereenkomstBytes()) return Map.of("infrastructuur", "actieplan.fout.overeenkomst.teGroot");
    Optional<String> type = Pdfcontrole.mediatype(inhoud);
    if (type.isEmpty()) return Map.of("infrastructuur", "actieplan.fout.infrastructuur.type");
    String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "infrastructuur" : bestandsnaam.replaceAll("[^A-Za-z0-9._ -]", "_");
    if (naam.length() > 150) naam = naam.substring(0, 150);
    if (!repository.raakAan(p.id(), versie)) throw gelijktijdig();
    repository.bewaarInfrastuctuur(p.id(), naam, type.get(), inhoud);
    registreer(g, Handeling.WIJZIGEN, p.id(), "Afbeelding regionale infrastructuur uploaden");
    return Map.of();
  }

  public Optional<Map.Entry<String, byte[]>> infrastructuur(HuidigeGebruiker g, ActieplanId id) {
    zichtbaar(g, id);
    return repository.infrastructuur(id);
  }

  // --- indienen en herzien ---

  @Transactional
  public Map<String, String> dienIn(HuidigeGebruiker g, ActieplanId id, int versie) {
    return dienInOp(g, id, versie, klok.nu());
  }

  /** Indienen op een bepaald moment (de web-laag geeft de programmaklok; demodata een datum in 2019). */
  @Override
  @Transactional
  public Map<String, String> dienInOp(HuidigeGebruiker g, ActieplanId id, int versie, Instant op) {
    Actieplan p = eigen(g, id);
    if (p.versie() != versie) throw gelijktijdig();
    if (Planlevensloop.beoordeel(p.status(), PlanStatus.INGEDIEND) instanceof Planlevensloop.Overgang.Afgewezen a) {
      return Map.of("status", a.reden());
    }
    if (!Volledigheid.volledig(p)) return Map.of("volledigheid", "actieplan.indienen.onvolledig");
    Optional<Indienvenster> venster = kalender().venster(LocalDate.ofInstant(op, Programmaklok.TIJDZONE));
    if (venster.isEmpty()) return Map.of("status", "actieplan.indienen.teLaat");
    int nummer = p.versienummer() + 1;
    if (!repository.registreerIndiening(p.id(), versie, p.status(), PlanStatus.INGEDIEND, op, venster.get(), nummer)) throw gelijktijdig();
    repository.bewaarVersie(p.id(), nummer, op, null, Momentopname.van(p));
    overgang(p, PlanStatus.INGEDIEND, g, "Versie " + nummer, op);
    Indienvenster vastgelegd = p.venster() == null ? venster.get() : p.venster();
    events.publishEvent(new ActieplanIngediend(p.id(), p.regiocode(), nummer, op, vastgelegd, false));
    meldingen.meldAanRol(Rol.ONDERSTEUNINGSTEAM, null, new Melding("Doe-agenda " + p.regiocode() + " ingediend",
        "De doe-agenda van " + p.regiocode() + " is ingediend (versie " + nummer + ") en wacht op de volledigheidstoets.",
        "/beoordeling/" + p.id()));
    return Map.of();
  }

  @Transactional
  public Map<String, String> startHerziening(HuidigeGebruiker g, ActieplanId id, int versie, String reden) {
    return startHerzieningOp(g, id, versie, reden, klok.nu());
  }

  @Transactional
  public Map<String, String> startHerzieningOp(HuidigeGebruiker g, ActieplanId id, int versie, String reden, Instant op) {
    Actieplan p = eigen(g, id);
    if (p.versie() != versie) throw gelijktijdig();
    String r = tekst(reden);
    if (r.isEmpty() || r.length() > 2000) return Map.of("reden", "actieplan.fout.reden");
    if (Planlevensloop.beoordeel(p.status(), PlanStatus.IN_HERZIENING) instanceof Planlevensloop.Overgang.Afgewezen a) {
      return Map.of("status", a.reden());
    }
    if (!repository.startHerziening(p.id(), versie, r)) throw gelijktijdig();
    overgang(p, PlanStatus.IN_HERZIENING, g, r, op);
    return Map.of();
  }

  @Transactional
  public Map<String, String> dienHerzieningIn(HuidigeGebruiker g, ActieplanId id, int versie) {
    return dienHerzieningInOp(g, id, versie, klok.nu());
  }

  @Transactional
  public Map<String, String> dienHerzieningInOp(HuidigeGebruiker g, ActieplanId id, int versie, Instant op) {
    Actieplan p = eigen(g, id);
    if (p.versie() != versie) throw gelijktijdig();
    if (p.status() != PlanStatus.IN_HERZIENING) return Map.of("status", "actieplan.overgang.afgewezen");
    if (!Volledigheid.volledig(p)) return Map.of("volledigheid", "actieplan.indienen.onvolledig");
    int nummer = p.versienummer() + 1;
    if (!repository.registreerIndiening(p.id(), versie, PlanStatus.IN_HERZIENING, PlanStatus.GOEDGEKEURD, op, null, nummer)) {
      throw gelijktijdig();
    }
    repository.bewaarVersie(p.id(), nummer, op, p.herzieningReden(), Momentopname.van(p));
    overgang(p, PlanStatus.GOEDGEKEURD, g, "Herziening, versie " + nummer + ": " + p.herzieningReden(), op);
    events.publishEvent(new ActieplanIngediend(p.id(), p.regiocode(), nummer, op, p.venster(), true));
    meldingen.meldAanRol(Rol.ONDERSTEUNINGSTEAM, null, new Melding("Doe-agenda " + p.regiocode() + " herzien",
        "De regio " + p.regiocode() + " heeft een herziene doe-agenda ingediend (versie " + nummer + "). Reden: " + p.herzieningReden(),
        "/actieplannen/" + p.id() + "/versies"));
    return Map.of();
  }

  // --- ActieplanApi ---

  @Override
  public Optional<Actieplan> plan(ActieplanId id) {
    return repository.vind(id);
  }

  @Override
  public Optional<Actieplan> planVanRegio(String regiocode) {
    return repository.vanRegio(regiocode);
  }

  @Override
  public List<Actieplan> plannen() {
    return repository.alle();
  }

  @Override
  public List<Statusovergang> geschiedenis(ActieplanId id) {
    return repository.geschiedenis(id);
  }

  @Override
  @Transactional
  public boolean verwerkBeoordeling(ActieplanId id, PlanStatus naar, HuidigeGebruiker door, String toelichting, Instant op) {
    if (naar == PlanStatus.GOEDGEKEURD) throw new IllegalArgumentException("Goedkeuren gaat via keurGoed");
    Actieplan p = repository.vind(id).orElseThrow(() -> new NietGevondenException("Doe-agenda " + id + " bestaat niet."));
    if (Planlevensloop.beoordeel(p.status(), naar) instanceof Planlevensloop.Overgang.Afgewezen) return false;
    if (naar == PlanStatus.INGEDIEND || naar == PlanStatus.IN_HERZIENING) return false;
    if (!repository.wijzigStatus(id, null, p.status(), naar)) return false;
    overgang(p, naar, door, toelichting, op);
    return true;
  }

  @Override
  @Transactional
  public boolean keurGoed(ActieplanId id, HuidigeGebruiker door, String toelichting, LocalDate besluitdatum, Instant op) {
    Actieplan p = repository.vind(id).orElseThrow(() -> new NietGevondenException("Doe-agenda " + id + " bestaat niet."));
    if (Planlevensloop.beoordeel(p.status(), PlanStatus.GOEDGEKEURD) instanceof Planlevensloop.Overgang.Afgewezen
        || p.status() != PlanStatus.GEADVISEERD) {
      return false;
    }
    LocalDate tot = besluitdatum.plusYears(programma.looptijdJaren()).minusDays(1);
    if (!repository.keurGoed(id, p.status(), besluitdatum, tot)) return false;
    overgang(p, PlanStatus.GOEDGEKEURD, door, toelichting, op);
    return true;
  }

  @Override
  public Map<PlanStatus, Long> aantalPerStatus() {
    return repository.aantalPerStatus();
  }

  @Override
  public List<Ambitie> ambities() {
    return repository.alle().stream().filter(p -> p.goedgekeurdOp() != null && p.inhoud().ambitieMatches() != null)
        .map(p -> new Ambitie(p.regiocode(), p.inhoud().ambitieMatches(), p.goedgekeurdOp(), p.looptijdTot())).toList();
  }

  @Override
  public List<ActiviteitenTelling> activiteitenPerPijlerEnThema() {
    List<ActiviteitenTelling> uit = new ArrayList<>();
    for (Actieplan p : repository.alle()) {
      Map<Pijler, Map<String, List<Activiteit>>> groepen = p.activiteiten().stream()
          .collect(Collectors.groupingBy(Activiteit::pijler, Collectors.groupingBy(Activiteit::thema)));
      groepen.forEach((pijler, themas) -> themas.forEach((thema, lijst) -> uit.add(new ActiviteitenTelling(p.regiocode(), pijler, thema,
          lijst.size(), lijst.stream().mapToLong(Activiteit::budgetCent).sum()))));
    }
    uit.sort(Comparator.comparing(ActiviteitenTelling::regiocode).thenComparing(ActiviteitenTelling::pijler)
        .thenComparing(ActiviteitenTelling::thema));
    return uit;
  }

  // --- hulp ---

  private void overgang(Actieplan p, PlanStatus naar, HuidigeGebruiker g, String toelichting, Instant op) {
    repository.registreerOvergang(p.id(), p.status(), naar, g.gebruikersnaam(), g.rol().name(), toelichting, op);
    registreer(g, Handeling.WIJZIGEN, p.id(), "Status doe-agenda: " + p.status() + " → " + naar);
    events.publishEvent(new ActieplanStatusGewijzigd(p.id(), p.regiocode(), p.status(), naar, g.gebruikersnaam()));
  }

  private Actieplan eigen(HuidigeGebruiker g, ActieplanId id) {
    coordinator(g);
    return zichtbaar(g, id);
  }

  private Actieplan bewerkbaar(HuidigeGebruiker g, ActieplanId id, int versie) {
    Actieplan p = eigen(g, id);
    if (p.versie() != versie) throw gelijktijdig();
    if (!p.status().bewerkbaar()) throw new NietBewerkbaarException();
    return p;
  }

  private static void coordinator(HuidigeGebruiker g) {
    if (g.rol() != Rol.REGIOCOORDINATOR || g.hoofdregio() == null) throw new AccessDeniedException("Alleen voor de regiocoördinator");
  }

  private static void kort(Map<String, String> fouten, String veld, String waarde, int max) {
    if (waarde == null || waarde.isBlank() || waarde.strip().length() > max) fouten.put(veld, "actieplan.fout." + veld);
  }

  private static String tekst(String s) {
    return s == null ? "" : s.strip();
  }

  static GelijktijdigGewijzigdException gelijktijdig() {
    return new GelijktijdigGewijzigdException(
        "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.");
  }

  private void registreer(HuidigeGebruiker g, Handeling handeling, ActieplanId id, String doel) {
    audit.registreer(new Dataverwerking(new Actor(g.gebruikersnaam(), g.organisatieNaam(), g.rol().name()), handeling, ACTIVITEIT,
        BETROKKENE, id.toString(), doel, "Publieke taak Perspectief op Werk"));
  }

  /** Het plan is in deze status niet te wijzigen (ingediend of in beoordeling). */
  public static class NietBewerkbaarException extends GelijktijdigGewijzigdException {
    NietBewerkbaarException() {
      super("Deze doe-agenda is ingediend of in beoordeling en kan nu niet worden gewijzigd.");
    }
  }

  // --- formulieren ---

  public record InhoudFormulier(String analyse, String ambitieMatches, String ambitieVerbetering, String ambitieKwalitatief,
      String aanpak, String wgdAanspreekpunt, String wgdZichtbaarheid, String wgdHarmonisatie, String betrokkenen,
      String instrumenten, String overigeAfspraken, String contactNaam, String contactEmail, String contactTelefoon,
      boolean praktijklerenPilot, String praktijklerenBudget) {

    public static InhoudFormulier van(Actieplan p) {
      Inhoud i = p.inhoud();
      return new InhoudFormulier(i.analyse(), i.ambitieMatches() == null ? "" : String.valueOf(i.ambitieMatches()), i.ambitieVerbetering(),
          i.ambitieKwalitatief(), i.aanpak(), i.wgdAanspreekpunt(), i.wgdZichtbaarheid(), i.wgdHarmonisatie(), i.betrokkenen(),
          i.instrumenten(), i.overigeAfspraken(), i.contactNaam(), i.contactEmail(), i.contactTelefoon(), i.praktijklerenPilot(),
          i.praktijklerenBudgetCent() == 0 ? "" : Bedrag.invoer(i.praktijklerenBudgetCent()));
    }
  }

  public record ActiviteitFormulier(Pijler pijler, String thema, String partijen, String planning, String budget,
      Financieringsvorm financieringsvorm) {}

  public record ArrangementFormulier(String soortWerk, String doelgroep, String toeleiding, String opleiding, String partijen) {}

  public record OndertekenaarFormulier(OndertekenaarSoort soort, String naam, String functie, String organisatie, boolean verklaringA,
      boolean verklaringB, boolean verklaringC, LocalDate getekendOp) {}
}
