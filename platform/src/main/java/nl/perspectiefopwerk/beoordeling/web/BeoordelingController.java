package nl.perspectiefopwerk.beoordeling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.beoordeling.BeoordelingService;
import nl.perspectiefopwerk.beoordeling.Criterium;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
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

/** Werkvoorraad en beoordelingspagina per rol: toets (OT), advies (stuurgroep), besluit (ministerie). */
@Controller
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class BeoordelingController {

  private final BeoordelingService service;
  private final ToegangApi toegang;
  private final Programmaklok klok;

  BeoordelingController(BeoordelingService service, ToegangApi toegang, Programmaklok klok) {
    this.service = service;
    this.toegang = toegang;
    this.klok = klok;
  }

  @GetMapping("/beoordeling")
  String werkvoorraad(Model model) {
    HuidigeGebruiker g = ik();
    if (g.rol() == Rol.REGIOCOORDINATOR || g.rol() == Rol.EVALUATOR) return "redirect:/actieplannen";
    model.addAttribute("plannen", service.werkvoorraad(g));
    return "beoordeling/werkvoorraad";
  }

  @GetMapping("/beoordeling/{id}")
  String plan(@PathVariable UUID id, Model model) {
    return toon(model, ik(), new ActieplanId(id));
  }

  @PostMapping("/beoordeling/{id}/toets")
  String toets(@PathVariable UUID id, @RequestParam int versie, @RequestParam Map<String, String> invoer, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<Onderdeel, Boolean> inOrde = new EnumMap<>(Onderdeel.class);
    Map<Onderdeel, String> opmerkingen = new EnumMap<>(Onderdeel.class);
    for (Onderdeel o : Onderdeel.values()) {
      Boolean b = jaNee(invoer.get("onderdeel-" + o.name()));
      if (b != null) inOrde.put(o, b);
      opmerkingen.put(o, invoer.getOrDefault("opmerking-" + o.name(), ""));
    }
    model.addAttribute("invoer", invoer);
    return afhandelen(g, id, model, redirect, response, "beoordeling.toets.vastgelegd",
        () -> service.toets(g, new ActieplanId(id), versie, inOrde, opmerkingen, invoer.get("opmerking")));
  }

  @PostMapping("/beoordeling/{id}/advies")
  String advies(@PathVariable UUID id, @RequestParam int versie, @RequestParam Map<String, String> invoer, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    Map<Criterium, Boolean> criteria = new EnumMap<>(Criterium.class);
    for (Criterium c : Criterium.values()) {
      Boolean b = jaNee(invoer.get("criterium-" + c.name()));
      if (b != null) criteria.put(c, b);
    }
    UUID vergadering = uuid(invoer.get("vergadering"));
    model.addAttribute("invoer", invoer);
    return afhandelen(g, id, model, redirect, response, "beoordeling.advies.vastgelegd",
        () -> service.adviseer(g, new ActieplanId(id), versie, vergadering, criteria, jaNee(invoer.get("positief")), invoer.get("toelichting")));
  }

  @PostMapping("/beoordeling/{id}/besluit")
  String besluit(@PathVariable UUID id, @RequestParam int versie, @RequestParam Map<String, String> invoer, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    LocalDate datum = datum(invoer.get("besluitdatum"));
    model.addAttribute("invoer", invoer);
    return afhandelen(g, id, model, redirect, response, "beoordeling.besluit.vastgelegd",
        () -> service.besluit(g, new ActieplanId(id), versie, jaNee(invoer.get("goedgekeurd")), invoer.get("motivering"), datum));
  }

  private String toon(Model model, HuidigeGebruiker g, ActieplanId id) {
    Actieplan p = service.zichtbaar(g, id);
    model.addAttribute("plan", p);
    model.addAttribute("toetsen", service.toetsen(id));
    model.addAttribute("adviezen", service.adviezen(id));
    model.addAttribute("besluiten", service.besluiten(id));
    model.addAttribute("onderdelen", Onderdeel.values());
    model.addAttribute("criteria", Criterium.values());
    model.addAttribute("vergaderingen", service.stuurgroepvergaderingen());
    model.addAttribute("vandaag", klok.vandaag());
    model.addAttribute("magToetsen", g.rol() == Rol.ONDERSTEUNINGSTEAM && p.status() == PlanStatus.INGEDIEND);
    model.addAttribute("magAdviseren", g.rol() == Rol.STUURGROEP && p.status() == PlanStatus.VOLLEDIG);
    model.addAttribute("magBesluiten", g.rol() == Rol.MINISTERIE && p.status() == PlanStatus.GEADVISEERD);
    if (!model.containsAttribute("invoer")) model.addAttribute("invoer", Map.of());
    return "beoordeling/plan";
  }

  private String afhandelen(HuidigeGebruiker g, UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response, String gelukt,
      Supplier<Map<String, String>> actie) {
    Map<String, String> fouten;
    try {
      fouten = actie.get();
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "beoordeling.gelijktijdig");
      return "redirect:/beoordeling/" + id;
    }
    if (fouten.isEmpty()) {
      redirect.addFlashAttribute("melding", gelukt);
      return "redirect:/beoordeling/" + id;
    }
    response.setStatus(400);
    model.addAttribute("fouten", fouten);
    return toon(model, g, new ActieplanId(id));
  }

  static Boolean jaNee(String s) {
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
}
