package nl.perspectiefopwerk.melding.web;

import nl.perspectiefopwerk.melding.MeldingService;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Het aantal ongelezen meldingen voor de bel in de kop van elke pagina (null als niemand is ingelogd). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class MeldingKop {

  private final MeldingService service;
  private final ToegangApi toegang;

  MeldingKop(MeldingService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  @ModelAttribute("ongelezenMeldingen")
  Long ongelezenMeldingen() {
    return toegang.huidigeGebruiker().map(g -> service.aantalOngelezen(g.id())).orElse(null);
  }
}
