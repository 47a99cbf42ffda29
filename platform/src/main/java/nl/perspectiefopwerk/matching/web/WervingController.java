package nl.perspectiefopwerk.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.matching.MatchingService;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Grote werving voor het regioloket: werkplekken kiezen, het optimale voorstel zien, bewerken en accepteren. */
@Controller
@PreAuthorize("hasRole('REGIOLOKET')")
class WervingController {

  private final MatchingService service;
  private final ToegangApi toegang;

  WervingController(MatchingService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/matching/werving")
  String kiezen(Model model) {
    HuidigeGebruiker g = ik();
    return kiesPagina(model, g, List.of(), service.standaardBlootstelling());
  }

  @PostMapping("/matching/werving/voorstel")
  String voorstel(@RequestParam(name = "werkplek", required = false) List<UUID> werkplekken,
      @RequestParam(defaultValue = "1") int blootstelling, Model model, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    try {
      model.addAttribute("voorstel", service.berekenVoorstel(g, werkplekken, blootstelling));
    } catch (IllegalArgumentException e) {
      model.addAttribute("fout", e.getMessage());
      response.setStatus(400);
      return kiesPagina(model, g, werkplekken == null ? List.of() : werkplekken, blootstelling);
    }
    model.addAttribute("gekozen", werkplekken);
    model.addAttribute("blootstelling", blootstelling);
    return "matching/werving-voorstel";
  }

  @PostMapping("/matching/werving/accepteren")
  String accepteer(@RequestParam(name = "werkplek", required = false) List<UUID> werkplekken,
      @RequestParam(defaultValue = "1") int blootstelling, @RequestParam(required = false) String naam,
      @RequestParam(name = "paar", required = false) List<String> paren, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    try {
      redirect.addFlashAttribute("acceptatie", service.accepteer(g, naam, werkplekken, blootstelling, paren));
    } catch (IllegalArgumentException e) {
      model.addAttribute("fout", e.getMessage());
      model.addAttribute("voorstel", service.berekenVoorstel(g, werkplekken, blootstelling));
      model.addAttribute("gekozen", werkplekken);
      model.addAttribute("blootstelling", blootstelling);
      response.setStatus(400);
      return "matching/werving-voorstel";
    }
    return "redirect:/matching/werving";
  }

  private String kiesPagina(Model model, HuidigeGebruiker g, List<UUID> gekozen, int blootstelling) {
    model.addAttribute("werkplekken", service.kiesbareWerkplekken(g));
    model.addAttribute("gekozen", gekozen);
    model.addAttribute("blootstelling", blootstelling);
    model.addAttribute("voorstellen", service.voorstellen(g));
    model.addAttribute("status", service.status());
    return "matching/werving";
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
