package nl.perspectiefopwerk.actieplan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.ActieplanService.ActiviteitFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.ArrangementFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.InhoudFormulier;
import nl.perspectiefopwerk.actieplan.ActieplanService.OndertekenaarFormulier;
import nl.perspectiefopwerk.actieplan.Bedrag;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.OndertekenaarSoort;
import nl.perspectiefopwerk.actieplan.Pijler;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Planversie;
import nl.perspectiefopwerk.actieplan.ProgrammaProperties;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.actieplan.domain.Momentopname;
import nl.perspectiefopwerk.actieplan.domain.Verschil;
import nl.perspectiefopwerk.actieplan.domain.Volledigheid;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.web.Export;
import nl.perspectiefopwerk.gedeeld.web.Pdf;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** De doe-agenda: schrijven (regiocoördinator), lezen (landelijke rollen), versies, verschil, PDF en overzicht. */
@Controller
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class ActieplanController {

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(Programmaklok.TIJDZONE);

  private final ActieplanService service;
  private final ToegangApi toegang;
  private final ProgrammaProperties programma;
  private final Programmaklok klok;
  private final MessageSource berichten;

  ActieplanController(ActieplanService service, ToegangApi toegang, ProgrammaProperties programma, Programmaklok klok,
      MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.programma = programma;
    this.klok = klok;
    this.berichten = berichten;
  }

  @GetMapping("/actieplannen")
  String lijst(Model model) {
    HuidigeGebruiker g = ik();
    if (g.rol() == Rol.REGIOCOORDINATOR) return "redirect:/actieplannen/" + service.eigenPlan(g).id();
    model.addAttribute("plannen", service.zichtbarePlannen(g));
    model.addAttribute("volledig", service.zichtbarePlannen(g).stream()
        .collect(java.util.stream.Collectors.toMap(p -> p.id().toString(), Volledigheid::volledig)));
    return "actieplan/lijst";
  }

  @GetMapping("/actieplannen/export")
  ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String formaat) {
    HuidigeGebruiker g = ik();
    List<String> kop = List.of("regio", "status", "versienummer", "ingediend_op", "venster", "goedgekeurd_op", "looptijd_tot",
        "ambitie_matches", "aantal_activiteiten", "begroting_activiteiten_cent", "praktijkleren_pilot", "volledig");
    List<List<String>> rijen = new ArrayList<>();
    for (Actieplan p : service.zichtbarePlannen(g)) {
      rijen.add(List.of(p.regiocode(), p.status().name(), String.valueOf(p.versienummer()),
          p.ingediendOp() == null ? "" : TIJD.format(p.ingediendOp()), p.venster() == null ? "" : p.venster().name(),
          p.goedgekeurdOp() == null ? "" : p.goedgekeurdOp().toString(), p.looptijdTot() == null ? "" : p.looptijdTot().toString(),
          p.inhoud().ambitieMatches() == null ? "" : String.valueOf(p.inhoud().ambitieMatches()), String.valueOf(p.activiteiten().size()),
          String.valueOf(p.totaalBudgetCent()), p.inhoud().praktijklerenPilot() ? "ja" : "nee", Volledigheid.volledig(p) ? "ja" : "nee"));
    }
    return Export.tabel(formaat, "doe-agendas", kop, rijen);
  }

  @GetMapping("/actieplannen/{id}")
  String plan(@PathVariable UUID id, Model model) {
    HuidigeGebruiker g = ik();
    Actieplan p = service.zichtbaar(g, new ActieplanId(id));
    return toon(model, g, p, null);
  }

  @PostMapping("/actieplannen/{id}")
  String slaOp(@PathVariable UUID id, @RequestParam int versie, @RequestParam Map<String, String> i, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    InhoudFormulier formulier = new InhoudFormulier(i.get("analyse"), i.get("ambitieMatches"), i.get("ambitieVerbetering"),
        i.get("ambitieKwalitatief"), i.get("aanpak"), i.get("wgdAanspreekpunt"), i.get("wgdZichtbaarheid"), i.get("wgdHarmonisatie"),
        i.get("betrokkenen"), i.get("instrumenten"), i.get("overigeAfspraken"), i.get("contactNaam"), i.get("contactEmail"),
        i.get("contactTelefoon"), "true".equals(i.get("praktijklerenPilot")), i.get("praktijklerenBudget"));
    return afhandelen(g, id, model, redirect, response, "actieplan.opgeslagen", formulier,
        () -> service.slaInhoudOp(g, new ActieplanId(id), versie, formulier), "#onderdelen");
  }

  @PostMapping("/actieplannen/{id}/activiteiten")
  String activiteit(@PathVariable UUID id, @RequestParam int versie, @RequestParam(required = false) String pijler,
      @RequestParam(required = false) String thema, @RequestParam(required = false) String partijen,
      @RequestParam(required = false) String planning, @RequestParam(required = false) String budget,
      @RequestParam(required = false) String financieringsvorm, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    ActiviteitFormulier f = new ActiviteitFormulier(enumWaarde(Pijler.class, pijler), thema, partijen, planning, budget,
        enumWaarde(Financieringsvorm.class, financieringsvorm));
    model.addAttribute("activiteitFormulier", f);
    return afhandelen(g, id, model, redirect, response, "actieplan.activiteit.toegevoegd", null,
        () -> service.voegActiviteitToe(g, new ActieplanId(id), versie, f), "#aanpak-activiteiten");
  }

  @PostMapping("/actieplannen/{id}/arrangementen")
  String arrangement(@PathVariable UUID id, @RequestParam int versie, ArrangementFormulier f, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    model.addAttribute("arrangementFormulier", f);
    return afhandelen(g, id, model, redirect, response, "actieplan.arrangement.toegevoegd", null,
        () -> service.voegArrangementToe(g, new ActieplanId(id), versie, f), "#arrangementen");
  }

  @PostMapping("/actieplannen/{id}/ondertekenaars")
  String ondertekenaar(@PathVariable UUID id, @RequestParam int versie, @RequestParam(required = false) String soort,
      @RequestParam(required = false) String naam, @RequestParam(required = false) String functie,
      @RequestParam(required = false) String organisatie, @RequestParam(defaultValue = "false") boolean verklaringA,
      @RequestParam(defaultValue = "false") boolean verklaringB, @RequestParam(defaultValue = "false") boolean verklaringC,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate getekendOp, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    OndertekenaarFormulier f = new OndertekenaarFormulier(enumWaarde(OndertekenaarSoort.class, soort), naam, functie, organisatie,
        verklaringA, verklaringB, verklaringC, getekendOp);
    model.addAttribute("ondertekenaarFormulier", f);
    return afhandelen(g, id, model, redirect, response, "actieplan.ondertekenaar.toegevoegd", null,
        () -> service.voegOndertekenaarToe(g, new ActieplanId(id), versie, f), "#ondertekening");
  }

  @PostMapping("/actieplannen/{id}/{soort:activiteiten|arrangementen|ondertekenaars}/{deel}/verwijderen")
  String verwijder(@PathVariable UUID id, @PathVariable String soort, @PathVariable UUID deel, @RequestParam int versie,
      RedirectAttributes redirect) {
    try {
      service.verwijderDeel(ik(), new ActieplanId(id), versie, soort, deel);
      redirect.addFlashAttribute("melding", "actieplan.verwijderd");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "actieplan.gelijktijdig");
    }
    return "redirect:/actieplannen/" + id;
  }

  @PostMapping(path = "/actieplannen/{id}/overeenkomst", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String overeenkomst(@PathVariable UUID id, @RequestParam int versie, @RequestParam(name = "bestand", required = false) MultipartFile bestand,
      Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
    HuidigeGebruiker g = ik();
    byte[] inhoud = bestand == null ? new byte[0] : bestand.getBytes();
    String naam = bestand == null ? null : bestand.getOriginalFilename();
    return afhandelen(g, id, model, redirect, response, "actieplan.overeenkomst.geupload", null,
        () -> service.uploadOvereenkomst(g, new ActieplanId(id), versie, naam, inhoud), "#overeenkomst");
  }

  @GetMapping("/actieplannen/{id}/overeenkomst")
  ResponseEntity<byte[]> downloadOvereenkomst(@PathVariable UUID id) {
    byte[] pdf = service.overeenkomst(ik(), new ActieplanId(id)).orElseThrow(() -> new NietGevondenException("Geen overeenkomst."));
    return Export.pdf(pdf, "samenwerkingsovereenkomst");
  }

  @PostMapping(path = "/actieplannen/{id}/infrastructuur", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String infrastructuur(@PathVariable UUID id, @RequestParam int versie,
      @RequestParam(name = "afbeelding", required = false) MultipartFile bestand, Model model, RedirectAttributes redirect,
      HttpServletResponse response) throws IOException {
    HuidigeGebruiker g = ik();
    byte[] inhoud = bestand == null ? new byte[0] : bestand.getBytes();
    String naam = bestand == null ? null : bestand.getOriginalFilename();
    return afhandelen(g, id, model, redirect, response, "actieplan.infrastructuur.geupload", null,
        () -> service.uploadInfrastructuur(g, new ActieplanId(id), versie, naam, inhoud), "#infrastructuur");
  }

  @GetMapping("/actieplannen/{id}/infrastructuur")
  ResponseEntity<byte[]> downloadInfrastructuur(@PathVariable UUID id) {
    Map.Entry<String, byte[]> b = service.infrastructuur(ik(), new ActieplanId(id))
        .orElseThrow(() -> new NietGevondenException("Geen afbeelding."));
    return Export.download(b.getValue(), MediaType.parseMediaType(b.getKey()),
        "infrastructuur" + (b.getKey().equals("image/png") ? ".png" : b.getKey().equals("image/jpeg") ? ".jpg" : ".pdf"));
  }

  @PostMapping("/actieplannen/{id}/indienen")
  String dienIn(@PathVariable UUID id, @RequestParam int versie, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    return afhandelen(g, id, model, redirect, response, "actieplan.ingediend", null, () -> service.dienIn(g, new ActieplanId(id), versie), "");
  }

  @PostMapping("/actieplannen/{id}/herziening")
  String herziening(@PathVariable UUID id, @RequestParam int versie, @RequestParam(required = false) String reden, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    return afhandelen(g, id, model, redirect, response, "actieplan.herziening.gestart", null,
        () -> service.startHerziening(g, new ActieplanId(id), versie, reden), "");
  }

  @PostMapping("/actieplannen/{id}/herziening/indienen")
  String herzieningIndienen(@PathVariable UUID id, @RequestParam int versie, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    return afhandelen(g, id, model, redirect, response, "actieplan.herziening.ingediend", null,
        () -> service.dienHerzieningIn(g, new ActieplanId(id), versie), "");
  }

  @GetMapping("/actieplannen/{id}/versies")
  String versies(@PathVariable UUID id, @RequestParam(required = false) Integer van, @RequestParam(required = false) Integer naar,
      Model model) {
    HuidigeGebruiker g = ik();
    Actieplan p = service.zichtbaar(g, new ActieplanId(id));
    List<Planversie> versies = service.versies(g, p.id());
    model.addAttribute("plan", p);
    model.addAttribute("versies", versies);
    model.addAttribute("geschiedenis", service.geschiedenis(g, p.id()));
    if (versies.size() >= 2 || (van != null && naar != null)) {
      int a = van != null ? van : versies.get(versies.size() - 2).versienummer();
      int b = naar != null ? naar : versies.getLast().versienummer();
      Planversie oud = versies.stream().filter(v -> v.versienummer() == a).findFirst()
          .orElseThrow(() -> new NietGevondenException("Versie " + a + " bestaat niet."));
      Planversie nieuw = versies.stream().filter(v -> v.versienummer() == b).findFirst()
          .orElseThrow(() -> new NietGevondenException("Versie " + b + " bestaat niet."));
      Map<Onderdeel, List<Verschil.Stuk>> verschil = new EnumMap<>(Onderdeel.class);
      for (Onderdeel o : Onderdeel.values()) {
        verschil.put(o, Verschil.woorden(oud.inhoud().getOrDefault(o, ""), nieuw.inhoud().getOrDefault(o, "")));
      }
      model.addAttribute("van", a);
      model.addAttribute("naar", b);
      model.addAttribute("verschil", verschil);
      model.addAttribute("gewijzigd", verschil.entrySet().stream().filter(e -> Verschil.gewijzigd(e.getValue())).map(Map.Entry::getKey).toList());
    }
    return "actieplan/versies";
  }

  @GetMapping("/actieplannen/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
    HuidigeGebruiker g = ik();
    Actieplan p = service.zichtbaar(g, new ActieplanId(id));
    Map<Onderdeel, String> tekst = Momentopname.van(p);
    Pdf pdf = Pdf.nieuw(tekst("actieplan.pdf.titel", p.regiocode()));
    pdf.alinea(tekst("actieplan.pdf.status", tekst("actieplan.status." + p.status()), p.versienummer(),
        p.ingediendOp() == null ? "-" : TIJD.format(p.ingediendOp())));
    for (Onderdeel o : Onderdeel.values()) {
      if (o == Onderdeel.ONDERTEKENING) continue;
      pdf.kop(o.nummer() + ". " + tekst(o.berichtSleutel()));
      if (o == Onderdeel.AANPAK) {
        pdf.alinea(p.inhoud().aanpak());
        pdf.tabel(List.of(tekst("actieplan.veld.pijler"), tekst("actieplan.veld.thema"), tekst("actieplan.veld.partijen"),
                tekst("actieplan.veld.planning"), tekst("actieplan.veld.budgetPdf"), tekst("actieplan.veld.financieringsvorm")),
            p.activiteiten().stream().map(a -> List.of(tekst("actieplan.pijler." + a.pijler()), a.thema(), a.partijen(), a.planning(),
                Bedrag.euro(a.budgetCent()), tekst("actieplan.financieringsvorm." + a.financieringsvorm()))).toList());
        pdf.alinea(tekst("actieplan.veld.wgdAanspreekpunt") + ": " + p.inhoud().wgdAanspreekpunt());
        pdf.alinea(tekst("actieplan.veld.wgdZichtbaarheid") + ": " + p.inhoud().wgdZichtbaarheid());
        pdf.alinea(tekst("actieplan.veld.wgdHarmonisatie") + ": " + p.inhoud().wgdHarmonisatie());
        if (!p.arrangementen().isEmpty()) {
          pdf.tabel(List.of(tekst("actieplan.veld.soortWerk"), tekst("actieplan.veld.doelgroep"), tekst("actieplan.veld.toeleiding"),
                  tekst("actieplan.veld.opleiding"), tekst("actieplan.veld.partijen")),
              p.arrangementen().stream().map(a -> List.of(a.soortWerk(), a.doelgroep(), a.toeleiding(), a.opleiding(), a.partijen())).toList());
        }
        pdf.alinea(tekst("actieplan.veld.praktijklerenPilot") + ": " + (p.inhoud().praktijklerenPilot()
            ? tekst("actieplan.ja") + ", " + Bedrag.euro(p.inhoud().praktijklerenBudgetCent()) + " " + tekst("actieplan.inclBtw")
            : tekst("actieplan.nee")));
      } else {
        pdf.alinea(tekst.get(o));
      }
    }
    pdf.kop(Onderdeel.ONDERTEKENING.nummer() + ". " + tekst(Onderdeel.ONDERTEKENING.berichtSleutel()));
    pdf.alinea(tekst("actieplan.verklaring.a"));
    pdf.alinea(tekst("actieplan.verklaring.b"));
    pdf.alinea(tekst("actieplan.verklaring.c"));
    pdf.ondertekening(p.ondertekenaars().stream().map(o -> o.naam() + "\n" + o.functie() + ", " + o.organisatie() + "\n"
        + tekst("actieplan.pdf.verklaringen", o.verklaringA() ? "a" : "-", o.verklaringB() ? "b" : "-", o.verklaringC() ? "c" : "-")
        + (o.getekendOp() == null ? "" : "\n" + DATUM.format(o.getekendOp()))).toList());
    pdf.voetnoot(tekst("actieplan.pdf.voet"));
    return Export.pdf(pdf.klaar(), "doe-agenda-" + p.regiocode());
  }

  // --- hulp ---

  private String toon(Model model, HuidigeGebruiker g, Actieplan p, InhoudFormulier formulier) {
    model.addAttribute("plan", p);
    model.addAttribute("formulier", formulier != null ? formulier : InhoudFormulier.van(p));
    model.addAttribute("ontbrekend", Volledigheid.ontbrekend(p));
    model.addAttribute("woorden", Volledigheid.woorden(p));
    model.addAttribute("volledig", Volledigheid.volledig(p));
    model.addAttribute("onderdelen", Onderdeel.values());
    model.addAttribute("pijlers", Pijler.values());
    model.addAttribute("vormen", Financieringsvorm.values());
    model.addAttribute("soorten", OndertekenaarSoort.values());
    model.addAttribute("geschiedenis", service.geschiedenis(g, p.id()));
    boolean eigen = g.rol() == Rol.REGIOCOORDINATOR;
    model.addAttribute("magBewerken", eigen && p.status().bewerkbaar());
    model.addAttribute("magIndienen", eigen && (p.status() == PlanStatus.CONCEPT || p.status() == PlanStatus.TERUGGESTUURD
        || p.status() == PlanStatus.AFGEWEZEN));
    model.addAttribute("magHerzien", eigen && p.status() == PlanStatus.GOEDGEKEURD);
    model.addAttribute("magHerzieningIndienen", eigen && p.status() == PlanStatus.IN_HERZIENING);
    model.addAttribute("vandaag", klok.vandaag());
    model.addAttribute("gesimuleerd", klok.gesimuleerd());
    model.addAttribute("programma", programma);
    model.addAttribute("teLaat", klok.vandaag().isAfter(programma.uitersteIndiening()));
    model.addAttribute("maxOvereenkomstMb", programma.maxOvereenkomstBytes() / (1024 * 1024));
    model.addAttribute("bedrag", new BedragWeergave());
    if (!model.containsAttribute("activiteitFormulier")) model.addAttribute("activiteitFormulier", new ActiviteitFormulier(null, "", "", "", "", null));
    if (!model.containsAttribute("arrangementFormulier")) model.addAttribute("arrangementFormulier", new ArrangementFormulier("", "", "", "", ""));
    if (!model.containsAttribute("ondertekenaarFormulier")) {
      model.addAttribute("ondertekenaarFormulier", new OndertekenaarFormulier(null, "", "", "", false, false, false, null));
    }
    return "actieplan/plan";
  }

  private String afhandelen(HuidigeGebruiker g, UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response,
      String gelukt, InhoudFormulier formulier, java.util.function.Supplier<Map<String, String>> actie, String anker) {
    Map<String, String> fouten;
    try {
      fouten = actie.get();
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", e instanceof ActieplanService.NietBewerkbaarException ? "actieplan.nietBewerkbaar" : "actieplan.gelijktijdig");
      return "redirect:/actieplannen/" + id;
    }
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", gelukt);
      return "redirect:/actieplannen/" + id + anker;
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    return toon(model, g, service.zichtbaar(g, new ActieplanId(id)), formulier);
  }

  private String tekst(String sleutel, Object... args) {
    return berichten.getMessage(sleutel, args, sleutel, LocaleContextHolder.getLocale());
  }

  private static <E extends Enum<E>> E enumWaarde(Class<E> type, String waarde) {
    try {
      return waarde == null || waarde.isBlank() ? null : Enum.valueOf(type, waarde.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }

  /** Voor templates: {@code ${bedrag.euro(cent)}}. */
  public static final class BedragWeergave {
    public String euro(long cent) {
      return Bedrag.euro(cent);
    }
  }
}
