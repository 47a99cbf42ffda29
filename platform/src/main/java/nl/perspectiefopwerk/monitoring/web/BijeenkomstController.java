package nl.perspectiefopwerk.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.monitoring.BijeenkomstSoort;
import nl.perspectiefopwerk.monitoring.Deelname;
import nl.perspectiefopwerk.monitoring.regels.Toegangsregels;
import nl.perspectiefopwerk.monitoring.Vorm;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstService;
import nl.perspectiefopwerk.regio.RegioApi;
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

/** Bijeenkomsten: landelijke bijeenkomsten, stuurgroep en bestuurlijk overleg; aanwezigheid en inbreng per regio. */
@Controller
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class BijeenkomstController {

  private final BijeenkomstService service;
  private final ToegangApi toegang;
  private final RegioApi regios;

  BijeenkomstController(BijeenkomstService service, ToegangApi toegang, RegioApi regios) {
    this.service = service;
    this.toegang = toegang;
    this.regios = regios;
  }

  @GetMapping("/bijeenkomsten")
  String lijst(Model model) {
    HuidigeGebruiker g = ik();
    return toonLijst(model, g);
  }

  @PostMapping("/bijeenkomsten")
  String plan(@RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.plan(g, waarde(BijeenkomstSoort.class, invoer.get("soort")), datum(invoer.get("datum")),
        invoer.get("thema"), waarde(Vorm.class, invoer.get("vorm")));
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", "monitoring.bijeenkomst.gepland");
      return "redirect:/bijeenkomsten";
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    model.addAttribute("invoer", invoer);
    return toonLijst(model, g);
  }

  @GetMapping("/bijeenkomsten/{id}")
  String detail(@PathVariable UUID id, Model model) {
    return toon(model, ik(), id);
  }

  @PostMapping("/bijeenkomsten/{id}/verslag")
  String verslag(@PathVariable UUID id, @RequestParam int versie, @RequestParam(required = false) String verslag, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    try {
      Map<String, String> fouten = service.legVerslagVast(g, id, versie, verslag == null ? "" : verslag);
      if (!fouten.isEmpty()) {
        response.setStatus(400);
        model.addAttribute("fouten", fouten);
        return toon(model, g, id);
      }
      redirect.addFlashAttribute("melding", "monitoring.verslag.opgeslagen");
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "monitoring.gelijktijdig");
    }
    return "redirect:/bijeenkomsten/" + id;
  }

  @PostMapping("/bijeenkomsten/{id}/aanwezigheid")
  String aanwezigheid(@PathVariable UUID id, @RequestParam(name = "aanwezig", required = false) List<String> aanwezig,
      RedirectAttributes redirect) {
    HuidigeGebruiker g = ik();
    List<String> aan = aanwezig == null ? List.of() : aanwezig;
    Map<String, Boolean> perRegio = new LinkedHashMap<>();
    regios.regios().forEach(r -> perRegio.put(r.code(), aan.contains(r.code())));
    service.legAanwezigheidVast(g, id, perRegio);
    redirect.addFlashAttribute("melding", "monitoring.aanwezigheid.opgeslagen");
    return "redirect:/bijeenkomsten/" + id;
  }

  @PostMapping("/bijeenkomsten/{id}/inbreng")
  String inbreng(@PathVariable UUID id, @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.legInbrengVast(g, id, invoer.get("voortgang"), invoer.get("knelpunten"),
        invoer.get("goedePraktijken"), invoer.get("voorstel"));
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", "monitoring.inbreng.opgeslagen");
      return "redirect:/bijeenkomsten/" + id;
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    model.addAttribute("invoer", invoer);
    return toon(model, g, id);
  }

  private String toonLijst(Model model, HuidigeGebruiker g) {
    List<Bijeenkomst> alle = service.alle(g);
    model.addAttribute("perSoort", alle.stream().collect(Collectors.groupingBy(Bijeenkomst::soort, LinkedHashMap::new, Collectors.toList())));
    model.addAttribute("soorten", BijeenkomstSoort.values());
    model.addAttribute("vormen", Vorm.values());
    model.addAttribute("magPlannen", g.rol() == Rol.ONDERSTEUNINGSTEAM || g.rol() == Rol.STUURGROEP || g.rol() == Rol.MINISTERIE);
    model.addAttribute("voorstellen", Toegangsregels.landelijk(g) ? service.voorstellen(g) : List.of());
    model.addAttribute("bijeenkomstenPerId", alle.stream().collect(Collectors.toMap(Bijeenkomst::id, Function.identity())));
    if (!model.containsAttribute("invoer")) model.addAttribute("invoer", Map.of());
    return "monitoring/bijeenkomsten";
  }

  private String toon(Model model, HuidigeGebruiker g, UUID id) {
    Bijeenkomst b = service.bijeenkomst(g, id);
    List<Deelname> deelnames = service.deelnames(g, id);
    model.addAttribute("b", b);
    model.addAttribute("deelnames", deelnames);
    model.addAttribute("deelnamePerRegio", deelnames.stream().collect(Collectors.toMap(Deelname::regiocode, Function.identity())));
    model.addAttribute("regios", regios.regios());
    model.addAttribute("landelijkeRol", Toegangsregels.landelijk(g));
    model.addAttribute("magVerslag", g.rol() == Rol.ONDERSTEUNINGSTEAM || g.rol() == Rol.STUURGROEP || g.rol() == Rol.MINISTERIE);
    model.addAttribute("magAanwezigheid", g.rol() == Rol.ONDERSTEUNINGSTEAM && b.soort() == BijeenkomstSoort.LANDELIJK);
    model.addAttribute("magInbreng", g.rol() == Rol.REGIOCOORDINATOR && b.soort() == BijeenkomstSoort.LANDELIJK);
    Deelname eigen = g.rol() == Rol.REGIOCOORDINATOR ? deelnames.stream().filter(d -> g.werktInRegio(d.regiocode())).findFirst().orElse(null) : null;
    if (!model.containsAttribute("invoer")) {
      Map<String, String> invoer = new LinkedHashMap<>();
      if (eigen != null) {
        invoer.put("voortgang", eigen.voortgang());
        invoer.put("knelpunten", eigen.knelpunten());
        invoer.put("goedePraktijken", eigen.goedePraktijken());
        invoer.put("voorstel", eigen.voorstel());
      }
      model.addAttribute("invoer", invoer);
    }
    return "monitoring/bijeenkomst";
  }

  static <E extends Enum<E>> E waarde(Class<E> type, String s) {
    try {
      return s == null || s.isBlank() ? null : Enum.valueOf(type, s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static LocalDate datum(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
