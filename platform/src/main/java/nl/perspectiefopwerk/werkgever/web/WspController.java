package nl.perspectiefopwerk.werkgever.web;

import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.Screeningstatus;
import nl.perspectiefopwerk.werkgever.WspService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Het werkgeversservicepunt (het regioloket): werkgevers screenen en bemiddelaars koppelen. */
@Controller
@PreAuthorize("hasRole('REGIOLOKET')")
class WspController {

  private final WspService service;
  private final ToegangApi toegang;

  WspController(WspService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/wsp")
  String overzicht(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("werkgevers", service.werkgevers(g));
    model.addAttribute("bemiddelaars", service.bemiddelaars(g));
    return "werkgever/wsp";
  }

  @PostMapping("/wsp/werkgevers/{id}/screening")
  String screen(@PathVariable UUID id, @RequestParam(required = false) Screeningstatus screening,
      @RequestParam(required = false) String toelichting, @RequestParam(required = false) Integer versie, RedirectAttributes redirect) {
    try {
      Map<String, String> fouten = service.screen(ik(), id, screening, toelichting, versie);
      if (fouten.isEmpty()) redirect.addFlashAttribute("melding", "werkgever.screening.vastgelegd");
      else redirect.addFlashAttribute("fout", fouten.values().iterator().next());
    } catch (GelijktijdigGewijzigdException e) {
      redirect.addFlashAttribute("fout", "werkgever.screening.gelijktijdig");
    }
    return "redirect:/wsp#werkgever-" + id;
  }

  @PostMapping("/wsp/bemiddelaars/{id}/koppeling")
  String koppel(@PathVariable UUID id, @RequestParam boolean koppelen, RedirectAttributes redirect) {
    service.koppel(ik(), id, koppelen);
    redirect.addFlashAttribute("melding", koppelen ? "werkgever.wsp.gekoppeld" : "werkgever.wsp.ontkoppeld");
    return "redirect:/wsp#bemiddelaar-" + id;
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
