package nl.perspectiefopwerk.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.monitoring.Aanwezigheid;
import nl.perspectiefopwerk.monitoring.ActiviteitStatus;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.monitoring.Rapportage;
import nl.perspectiefopwerk.monitoring.regels.Toegangsregels;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangService;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangService.RapportageFormulier;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Voortgang per regio (rapportages, gesprekken) en het programma (einddatum, verlenging). */
@Controller
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class VoortgangController {

  private final VoortgangService service;
  private final MonitoringApi monitoring;
  private final ActieplanApi actieplannen;
  private final ToegangApi toegang;
  private final Programmaklok klok;

  VoortgangController(VoortgangService service, MonitoringApi monitoring, ActieplanApi actieplannen, ToegangApi toegang, Programmaklok klok) {
    this.service = service;
    this.monitoring = monitoring;
    this.actieplannen = actieplannen;
    this.toegang = toegang;
    this.klok = klok;
  }

  @GetMapping("/voortgang")
  String overzicht(Model model) {
    HuidigeGebruiker g = ik();
    if (g.rol() == Rol.REGIOCOORDINATOR) return "redirect:/voortgang/" + g.hoofdregio();
    return toonOverzicht(model, g);
  }

  @PostMapping("/voortgang/verlenging")
  String verleng(@RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.verleng(g, BijeenkomstController.datum(invoer.get("einddatum")), invoer.get("reden"));
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", "monitoring.verlenging.opgeslagen");
      return "redirect:/voortgang";
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    model.addAttribute("invoer", invoer);
    return toonOverzicht(model, g);
  }

  @GetMapping("/voortgang/{regio}")
  String regio(@PathVariable String regio, Model model) {
    return toon(model, ik(), regio);
  }

  @PostMapping("/voortgang/{regio}/rapportages")
  String rapportage(@PathVariable String regio, @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<UUID, ActiviteitStatus> standen = new LinkedHashMap<>();
    Map<UUID, String> toelichtingen = new LinkedHashMap<>();
    invoer.forEach((k, v) -> {
      if (k.startsWith("stand-")) {
        UUID id = uuid(k.substring(6));
        ActiviteitStatus s = BijeenkomstController.waarde(ActiviteitStatus.class, v);
        if (id != null && s != null) standen.put(id, s);
      }
      if (k.startsWith("standtoelichting-")) {
        UUID id = uuid(k.substring(17));
        if (id != null) toelichtingen.put(id, v);
      }
    });
    Integer matches;
    try {
      matches = invoer.get("gerealiseerdeMatches") == null || invoer.get("gerealiseerdeMatches").isBlank() ? null
          : Integer.valueOf(invoer.get("gerealiseerdeMatches").strip());
    } catch (NumberFormatException e) {
      matches = null;
    }
    Map<String, String> fouten = service.dienRapportageIn(g, new RapportageFormulier(invoer.get("periode"), matches, invoer.get("knelpunten"),
        invoer.get("toelichting"), standen, toelichtingen));
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", "monitoring.rapportage.ingediend");
      return "redirect:/voortgang/" + g.hoofdregio();
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    model.addAttribute("invoer", invoer);
    return toon(model, g, g.hoofdregio());
  }

  @PostMapping("/voortgang/{regio}/gesprekken")
  String gesprek(@PathVariable String regio, @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.legGesprekVast(g, regio, BijeenkomstController.datum(invoer.get("datum")), invoer.get("verslag"));
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", "monitoring.gesprek.opgeslagen");
      return "redirect:/voortgang/" + regio;
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    model.addAttribute("invoer", invoer);
    return toon(model, g, regio);
  }

  private String toonOverzicht(Model model, HuidigeGebruiker g) {
    if (!Toegangsregels.landelijk(g)) throw new AccessDeniedException("Alleen landelijk");
    List<Regiostand> standen = new ArrayList<>();
    for (Actieplan p : actieplannen.plannen()) {
      List<Rapportage> r = monitoring.rapportages(p.regiocode());
      Aanwezigheid a = monitoring.aanwezigheid(p.regiocode(), klok.vandaag());
      standen.add(new Regiostand(p.regiocode(), p.inhoud().ambitieMatches(), r.isEmpty() ? null : r.getFirst(), a));
    }
    model.addAttribute("standen", standen);
    model.addAttribute("einde", service.programmaEinde());
    model.addAttribute("verlengingen", service.verlengingen());
    model.addAttribute("magVerlengen", g.rol() == Rol.MINISTERIE);
    if (!model.containsAttribute("invoer")) model.addAttribute("invoer", Map.of());
    return "monitoring/voortgang";
  }

  /** Eén regel in het landelijk overzicht. */
  public record Regiostand(String regiocode, Integer ambitie, Rapportage laatste, Aanwezigheid aanwezigheid) {}

  private String toon(Model model, HuidigeGebruiker g, String regio) {
    Toegangsregels.magRegioLezen(g, regio);
    Actieplan plan = actieplannen.planVanRegio(regio).orElse(null);
    model.addAttribute("regio", regio);
    model.addAttribute("plan", plan);
    model.addAttribute("rapportages", service.rapportages(g, regio));
    model.addAttribute("gesprekken", service.gesprekken(g, regio));
    model.addAttribute("aanwezigheid", monitoring.aanwezigheid(regio, klok.vandaag()));
    model.addAttribute("statussen", ActiviteitStatus.values());
    model.addAttribute("activiteitNamen", plan == null ? Map.of() : plan.activiteiten().stream()
        .collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a.thema())));
    model.addAttribute("eigen", g.rol() == Rol.REGIOCOORDINATOR);
    model.addAttribute("magGesprek", g.rol() == Rol.ONDERSTEUNINGSTEAM);
    model.addAttribute("vandaag", klok.vandaag());
    if (!model.containsAttribute("invoer")) model.addAttribute("invoer", Map.of());
    return "monitoring/regio";
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
