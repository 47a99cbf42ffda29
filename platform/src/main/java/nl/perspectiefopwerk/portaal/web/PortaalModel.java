package nl.perspectiefopwerk.portaal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.perspectiefopwerk.portaal.Navigatie;
import nl.perspectiefopwerk.portaal.NavigatieItem;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.RegioRef;
import nl.perspectiefopwerk.regio.Regiocode;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Zet gebruiker, regio, navigatie en het huidige pad in het model van elke pagina (voor de kop). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PortaalModel {

  private final ToegangApi toegang;
  private final RegioApi regio;

  PortaalModel(ToegangApi toegang, RegioApi regio) {
    this.toegang = toegang;
    this.regio = regio;
  }

  @ModelAttribute("huidigeGebruiker")
  HuidigeGebruiker huidigeGebruiker() {
    return toegang.huidigeGebruiker().orElse(null);
  }

  @ModelAttribute("huidigeRegio")
  RegioRef huidigeRegio() {
    return toegang
        .huidigeGebruiker()
        .map(HuidigeGebruiker::hoofdregio)
        .flatMap(code -> regio.regio(new Regiocode(code)))
        .map(r -> r.ref())
        .orElse(null);
  }

  @ModelAttribute("navigatie")
  List<NavigatieItem> navigatie() {
    return toegang.huidigeGebruiker().map(g -> Navigatie.voor(g.rol())).orElse(List.of());
  }

  /** Het menu-item dat bij deze pagina hoort: het langste pad dat ermee begint. */
  @ModelAttribute("actiefMenuPad")
  String actiefMenuPad(HttpServletRequest request) {
    String pad = huidigPad(request);
    return navigatie().stream()
        .map(NavigatieItem::pad)
        .filter(p -> p.equals("/") ? pad.equals("/") : pad.equals(p) || pad.startsWith(p + "/"))
        .max(java.util.Comparator.comparingInt(String::length))
        .orElse(null);
  }

  @ModelAttribute("huidigPad")
  String huidigPad(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
