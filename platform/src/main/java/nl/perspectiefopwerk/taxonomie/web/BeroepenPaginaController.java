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

/** Beroepen zoeken (formulier zonder JavaScript, typeahead met htmx) en één beroep bekijken. */
@Controller
@RequestMapping("/beroepen")
class BeroepenPaginaController {

  static final int PAGINAGROOTTE = 20;
  static final int SUGGESTIES = 8;

  private final TaxonomieApi taxonomie;

  BeroepenPaginaController(TaxonomieApi taxonomie) {
    this.taxonomie = taxonomie;
  }

  @GetMapping
  String zoek(
      @RequestParam(defaultValue = "") String zoek,
      @RequestParam(defaultValue = "1") int pagina,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    PaginaVerzoek verzoek = new PaginaVerzoek(pagina, PAGINAGROOTTE);
    model.addAttribute("zoek", zoek.strip());
    model.addAttribute("geladen", taxonomie.isGeladen());
    model.addAttribute("resultaten", taxonomie.zoekBeroepen(zoek, verzoek));
    model.addAttribute("basis", Zoeklinks.basis("/beroepen", zoek));
    return htmx != null ? "taxonomie/beroepen :: resultaten" : "taxonomie/beroepen";
  }

  /** Typeahead-fragment; zonder htmx (direct geopend) naar de volledige zoekpagina. */
  @GetMapping("/suggesties")
  String suggesties(
      @RequestParam(defaultValue = "") String zoek,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    if (htmx == null) return "redirect:" + Zoeklinks.basis("/beroepen", zoek);
    model.addAttribute("zoek", zoek.strip());
    model.addAttribute("suggesties", taxonomie.suggestiesBeroepen(zoek, SUGGESTIES));
    return "taxonomie/beroepen :: suggesties";
  }

  @GetMapping("/{id}")
  String beroep(@PathVariable String id, Model model) {
    model.addAttribute(
        "detail",
        taxonomie.beroep(id).orElseThrow(() -> new NietGevondenException("Beroep " + id + " bestaat niet.")));
    return "taxonomie/beroep";
  }
}
