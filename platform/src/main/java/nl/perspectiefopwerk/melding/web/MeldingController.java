package nl.perspectiefopwerk.melding.web;

import java.util.UUID;
import nl.perspectiefopwerk.melding.MeldingService;
import nl.perspectiefopwerk.melding.OntvangenMelding;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** De eigen meldingen: lijst, één openen (wordt gelezen) en alles als gelezen markeren. */
@Controller
@PreAuthorize("isAuthenticated()")
class MeldingController {

  private final MeldingService service;
  private final ToegangApi toegang;

  MeldingController(MeldingService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @GetMapping("/meldingen")
  String lijst(Model model) {
    HuidigeGebruiker g = ik();
    model.addAttribute("meldingen", service.meldingen(g.id(), 200));
    model.addAttribute("emailIngesteld", service.emailIngesteld());
    return "melding/lijst";
  }

  /** Markeert de melding als gelezen en gaat naar de link (of terug naar de lijst). */
  @PostMapping("/meldingen/{id}/gelezen")
  String gelezen(@PathVariable UUID id) {
    return service.markeerGelezen(ik().id(), id).map(OntvangenMelding::link).filter(l -> l != null && l.startsWith("/") && !l.startsWith("//"))
        .map(l -> "redirect:" + l).orElse("redirect:/meldingen");
  }

  @PostMapping("/meldingen/gelezen")
  String allesGelezen(RedirectAttributes redirect) {
    service.markeerAllesGelezen(ik().id());
    redirect.addFlashAttribute("melding", "melding.allesGelezen");
    return "redirect:/meldingen";
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
