package nl.perspectiefopwerk.gedeeld.web;

import nl.perspectiefopwerk.gedeeld.referentiedata.ReferentiedataImport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beheerpagina voor de referentiedata: per bron de stand, meldingen over afgekeurde rijen, en een
 * knop om opnieuw te importeren; de voortgang ververst zich (htmx) zolang de import loopt.
 */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class ReferentiedataController {

  private final ReferentiedataImport importeur;

  ReferentiedataController(ReferentiedataImport importeur) {
    this.importeur = importeur;
  }

  @GetMapping("/beheer/referentiedata")
  String status(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("status", importeur.status());
    model.addAttribute("bezig", importeur.isBezig());
    model.addAttribute("map", importeur.map().map(Object::toString).orElse(null));
    model.addAttribute("mapBeschrijving", importeur.mapBeschrijving());
    return htmx != null ? "beheer/referentiedata :: status" : "beheer/referentiedata";
  }

  @PostMapping("/beheer/referentiedata/import")
  String importeer(RedirectAttributes redirect) {
    if (importeur.isBezig()) {
      redirect.addFlashAttribute("melding", "beheer.referentiedata.alBezig");
    } else {
      importeur.importeerOpAchtergrond(true);
      redirect.addFlashAttribute("melding", "beheer.referentiedata.gestart");
    }
    return "redirect:/beheer/referentiedata";
  }
}
