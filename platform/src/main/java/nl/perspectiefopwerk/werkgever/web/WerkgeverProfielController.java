package nl.perspectiefopwerk.werkgever.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.ProfielGegevens;
import nl.perspectiefopwerk.werkgever.Uitkomst;
import nl.perspectiefopwerk.werkgever.WerkgeverService;
import nl.perspectiefopwerk.werkgever.Werkgeverprofiel;
import nl.perspectiefopwerk.werkgever.Screeningstatus;
import nl.perspectiefopwerk.werkgever.WspService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Het profiel van de eigen werkgever, met optimistische vergrendeling op de versie. */
@Controller
@PreAuthorize("hasRole('WERKGEVER')")
class WerkgeverProfielController {

  private final WerkgeverService service;
  private final WspService wsp;
  private final ToegangApi toegang;

  WerkgeverProfielController(WerkgeverService service, WspService wsp, ToegangApi toegang) {
    this.service = service;
    this.wsp = wsp;
    this.toegang = toegang;
  }

  @ModelAttribute("screening")
  Screeningstatus screening() {
    return toegang.huidigeGebruiker().filter(g -> g.organisatieId() != null).map(g -> wsp.status(g.organisatieId().waarde())).orElse(null);
  }

  @GetMapping("/werkgever/profiel")
  String profiel(Model model) {
    HuidigeGebruiker g = ik();
    var profiel = service.profiel(g.organisatieId().waarde());
    model.addAttribute("formulier", profiel.map(ProfielGegevens::van).orElse(ProfielGegevens.leeg()));
    model.addAttribute("versie", profiel.map(Werkgeverprofiel::versie).orElse(null));
    return "werkgever/profiel";
  }

  @PostMapping("/werkgever/profiel")
  String bewaar(@ModelAttribute("formulier") ProfielGegevens formulier, @RequestParam(required = false) Integer versie,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    HuidigeGebruiker g = ik();
    try {
      return switch (service.bewaarProfiel(g, formulier, versie)) {
        case Uitkomst.Gelukt<Werkgeverprofiel> x -> {
          redirect.addFlashAttribute("melding", "werkgever.profiel.opgeslagen");
          yield "redirect:/werkgever/profiel";
        }
        case Uitkomst.Afgekeurd<Werkgeverprofiel> a -> {
          model.addAttribute("fouten", a.fouten());
          model.addAttribute("versie", versie);
          response.setStatus(400);
          yield "werkgever/profiel";
        }
      };
    } catch (GelijktijdigGewijzigdException e) {
      var actueel = service.profiel(g.organisatieId().waarde());
      model.addAttribute("fout", "werkgever.profiel.gelijktijdig");
      model.addAttribute("versie", actueel.map(Werkgeverprofiel::versie).orElse(null));
      response.setStatus(409);
      return "werkgever/profiel";
    }
  }

  private HuidigeGebruiker ik() {
    HuidigeGebruiker g = toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    if (g.organisatieId() == null) throw new AccessDeniedException("Geen organisatie");
    return g;
  }
}
