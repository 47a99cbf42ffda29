package nl.perspectiefopwerk.mobiliteit.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.perspectiefopwerk.mobiliteit.Categorie;
import nl.perspectiefopwerk.mobiliteit.ClientGegevens;
import nl.perspectiefopwerk.mobiliteit.MobiliteitService;
import nl.perspectiefopwerk.mobiliteit.MobiliteitService.Resultaat;
import nl.perspectiefopwerk.mobiliteit.Situatie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Zelfmelden bij het regionale mobiliteitsteam: openbaar formulier (met CSRF-token), zonder account. */
@Controller
class RmtAanmeldController {

  private final MobiliteitService service;

  RmtAanmeldController(MobiliteitService service) {
    this.service = service;
  }

  @GetMapping("/rmt/aanmelden")
  String formulier(Model model) {
    model.addAttribute("formulier", ClientGegevens.leeg());
    return pagina(model);
  }

  @PostMapping("/rmt/aanmelden")
  String meldAan(@ModelAttribute("formulier") ClientGegevens formulier, Model model, HttpServletResponse response) {
    return switch (service.meldZelfAan(formulier)) {
      case Resultaat.Gelukt g -> "redirect:/rmt/aanmelden/bedankt";
      case Resultaat.Afgekeurd a -> {
        model.addAttribute("fouten", a.fouten());
        response.setStatus(400);
        yield pagina(model);
      }
    };
  }

  @GetMapping("/rmt/aanmelden/bedankt")
  String bedankt() {
    return "mobiliteit/bedankt";
  }

  private String pagina(Model model) {
    model.addAttribute("situaties", Situatie.values());
    model.addAttribute("categorieen", Categorie.values());
    model.addAttribute("zelf", true);
    return "mobiliteit/intake";
  }
}
