package nl.perspectiefopwerk.taxonomie.web;

import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Vaardigheden zoeken en één vaardigheid bekijken, met de beroepen die haar vragen. */
@Controller
@RequestMapping("/vaardigheden")
class VaardighedenPaginaController {

  private final TaxonomieApi taxonomie;

  VaardighedenPaginaController(TaxonomieApi taxonomie) {
    this.taxonomie = taxonomie;
  }

  @GetMapping
  String zoek(
      @RequestParam(defaultValue = "") String zoek,
      @RequestParam(defaultValue = "1") int pagina,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    PaginaVerzoek verzoek = new PaginaVerzoek(pagina, BeroepenPaginaController.PAGINAGROOTTE);
    model.addAttribute("zoek", zoek.strip());
    model.addAttribute("geladen", taxonomie.isGeladen());
    model.addAttribute("resultaten", taxonomie.zoekVaardigheden(zoek, verzoek));
    model.addAttribute("basis", Zoeklinks.basis("/vaardigheden", zoek));
    return htmx != null ? "taxonomie/vaardigheden :: resultaten" : "taxonomie/vaardigheden";
  }

  @GetMapping("/suggesties")
  String suggesties(
      @RequestParam(defaultValue = "") String zoek,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    if (htmx == null) return "redirect:" + Zoeklinks.basis("/vaardigheden", zoek);
    model.addAttribute("zoek", zoek.strip());
    model.addAttribute("suggesties", taxonomie.suggestiesVaardigheden(zoek, BeroepenPaginaController.SUGGESTIES));
    return "taxonomie/vaardigheden :: suggesties";
  }

  @GetMapping("/{id}")
  String vaardigheid(@PathVariable String id, Model model) {
    model.addAttribute(
        "detail",
        taxonomie.vaardigheid(id).orElseThrow(() -> new NietGevondenException("Vaardigheid " + id + " bestaat niet.")));
    return "taxonomie/vaardigheid";
  }
}
