package nl.perspectiefopwerk.financiering.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.Bedrag;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;
import nl.perspectiefopwerk.actieplan.ProgrammaProperties;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.financiering.Besteding;
import nl.perspectiefopwerk.financiering.FinancieringApi.Regiosaldo;
import nl.perspectiefopwerk.financiering.FinancieringService;
import nl.perspectiefopwerk.financiering.Tranche;
import nl.perspectiefopwerk.gedeeld.web.Export;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Financiering: landelijk overzicht, per regio de tranches en bestedingen, het besluit over tranche 2 en exports. */
@Controller
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class FinancieringController {

  private final FinancieringService service;
  private final ActieplanApi actieplannen;
  private final ToegangApi toegang;
  private final ProgrammaProperties programma;
  private final Programmaklok klok;

  FinancieringController(FinancieringService service, ActieplanApi actieplannen, ToegangApi toegang, ProgrammaProperties programma,
      Programmaklok klok) {
    this.service = service;
    this.actieplannen = actieplannen;
    this.toegang = toegang;
    this.programma = programma;
    this.klok = klok;
  }

  @GetMapping("/financiering")
  String overzicht(Model model) {
    HuidigeGebruiker g = ik();
    if (g.rol() == Rol.REGIOCOORDINATOR) return "redirect:/financiering/regio/" + g.hoofdregio();
    List<Regiosaldo> saldi = service.saldoPerRegio();
    model.addAttribute("saldi", saldi);
    model.addAttribute("stromen", service.geldPerCirculaireEnTranche());
    model.addAttribute("tranches", service.alleTranches(g).stream().collect(Collectors.groupingBy(Tranche::regiocode)));
    model.addAttribute("programma", programma);
    model.addAttribute("totaalToegekend", saldi.stream().mapToLong(Regiosaldo::toegekendCent).sum());
    model.addAttribute("totaalBetaald", saldi.stream().mapToLong(Regiosaldo::betaaldCent).sum());
    model.addAttribute("totaalBesteed", saldi.stream().mapToLong(Regiosaldo::besteedCent).sum());
    model.addAttribute("bedrag", new Weergave(service));
    return "financiering/overzicht";
  }

  @GetMapping("/financiering/export")
  ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String formaat) {
    HuidigeGebruiker g = ik();
    List<String> kop = List.of("regio", "tranche", "status", "circulaire", "circulairedatum", "uitbetaald", "bedrag_cent",
        "btw_cent", "voorwaarden_niet_voldaan", "aanwezigheid_procent", "reden");
    List<List<String>> rijen = new ArrayList<>();
    for (Tranche t : service.alleTranches(g)) {
      rijen.add(List.of(t.regiocode(), String.valueOf(t.nummer()), t.status().name(), t.circulaire() == null ? "" : t.circulaire().name(),
          t.circulaire() == null ? "" : service.datum(t.circulaire()).toString(), service.betaald(t) ? "ja" : "nee",
          String.valueOf(t.bedragCent()), "0", t.nietVoldaan().stream().map(Enum::name).collect(Collectors.joining(",")),
          t.aanwezigheidProcent() == null ? "" : String.valueOf(t.aanwezigheidProcent()), t.reden() == null ? "" : t.reden()));
    }
    for (Regiosaldo s : service.saldoPerRegio()) {
      rijen.add(List.of(s.regiocode(), "saldo", "", "", "", "", String.valueOf(s.betaaldCent()), "0", "", "",
          "besteed " + s.besteedCent() + " cent, onbesteed " + s.onbesteedCent() + " cent"));
    }
    return Export.tabel(formaat, "financiering", kop, rijen);
  }

  @GetMapping("/financiering/regio/{regio}")
  String regio(@PathVariable String regio, Model model) {
    return toon(model, ik(), regio);
  }

  @PostMapping("/financiering/regio/{regio}/bestedingen")
  String besteding(@PathVariable String regio, @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Financieringsvorm vorm = null;
    try {
      vorm = invoer.get("financieringsvorm") == null || invoer.get("financieringsvorm").isBlank() ? null
          : Financieringsvorm.valueOf(invoer.get("financieringsvorm"));
    } catch (IllegalArgumentException e) {
      vorm = null;
    }
    Map<String, String> fouten = service.legBestedingVast(g, uuid(invoer.get("activiteit")), vorm, invoer.get("bedrag"),
        invoer.get("omschrijving"), datum(invoer.get("datum")));
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", "financiering.besteding.vastgelegd");
      return "redirect:/financiering/regio/" + g.hoofdregio();
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    model.addAttribute("invoer", invoer);
    return toon(model, g, g.hoofdregio());
  }

  @PostMapping("/financiering/regio/{regio}/tranche2")
  String tranche2(@PathVariable String regio, @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.besluitTranche2(g, regio, jaNee(invoer.get("goedeVoortgang")),
        jaNee(invoer.get("medewerkingMonitoring")), invoer.get("toelichting"));
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", "financiering.tranche2.besloten");
      return "redirect:/financiering/regio/" + regio;
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    model.addAttribute("invoer", invoer);
    return toon(model, g, regio);
  }

  private String toon(Model model, HuidigeGebruiker g, String regio) {
    List<Tranche> tranches = service.tranches(g, regio);
    List<Besteding> bestedingen = service.bestedingen(g, regio);
    Actieplan plan = actieplannen.planVanRegio(regio).orElse(null);
    Map<UUID, Actieplan.Activiteit> activiteiten = plan == null ? Map.of()
        : plan.activiteiten().stream().collect(Collectors.toMap(Actieplan.Activiteit::id, Function.identity()));
    Map<UUID, Long> besteedPerActiviteit = bestedingen.stream().collect(Collectors.groupingBy(Besteding::activiteitId,
        Collectors.summingLong(Besteding::bedragCent)));
    long betaald = tranches.stream().filter(service::betaald).mapToLong(Tranche::bedragCent).sum();
    long besteed = bestedingen.stream().mapToLong(Besteding::bedragCent).sum();
    model.addAttribute("regio", regio);
    model.addAttribute("plan", plan);
    model.addAttribute("tranches", tranches);
    model.addAttribute("bestedingen", bestedingen);
    model.addAttribute("activiteiten", activiteiten);
    model.addAttribute("besteedPerActiviteit", besteedPerActiviteit);
    model.addAttribute("toegekend", tranches.stream().filter(t -> t.status().name().equals("TOEGEKEND")).mapToLong(Tranche::bedragCent).sum());
    model.addAttribute("betaald", betaald);
    model.addAttribute("besteed", besteed);
    model.addAttribute("onbesteed", betaald - besteed);
    model.addAttribute("vormen", Financieringsvorm.values());
    model.addAttribute("vandaag", klok.vandaag());
    model.addAttribute("bedrag", new Weergave(service));
    model.addAttribute("eigen", g.rol() == Rol.REGIOCOORDINATOR);
    boolean tranche2Open = g.rol() == Rol.MINISTERIE && tranches.stream().anyMatch(t -> t.nummer() == 1)
        && tranches.stream().noneMatch(t -> t.nummer() == 2);
    model.addAttribute("magTranche2", tranche2Open);
    if (tranche2Open) model.addAttribute("stand", service.stand(regio, klok.vandaag()));
    if (!model.containsAttribute("invoer")) model.addAttribute("invoer", Map.of());
    return "financiering/regio";
  }

  private static Boolean jaNee(String s) {
    return "ja".equals(s) ? Boolean.TRUE : "nee".equals(s) ? Boolean.FALSE : null;
  }

  private static UUID uuid(String s) {
    try {
      return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate datum(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }

  /** Voor templates: bedragen en circulairedata. */
  public static final class Weergave {
    private final FinancieringService service;

    Weergave(FinancieringService service) {
      this.service = service;
    }

    public String euro(long cent) {
      return Bedrag.euro(cent);
    }

    public LocalDate circulairedatum(Tranche t) {
      return service.datum(t.circulaire());
    }

    public boolean betaald(Tranche t) {
      return service.betaald(t);
    }
  }
}
