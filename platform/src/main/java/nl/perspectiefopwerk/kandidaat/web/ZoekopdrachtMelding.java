package nl.perspectiefopwerk.kandidaat.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectiefopwerk.kandidaat.zoekopdracht.Zoekopdrachten;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * De melding "n nieuwe profielen" op de startpagina voor wie zoekopdrachten bewaart. Alleen op de
 * startpagina berekend (één zoekactie per bewaarde zoekopdracht), niet op elke pagina.
 */
@ControllerAdvice(annotations = Controller.class)
class ZoekopdrachtMelding {

  private final Zoekopdrachten zoekopdrachten;
  private final ToegangApi toegang;

  ZoekopdrachtMelding(Zoekopdrachten zoekopdrachten, ToegangApi toegang) {
    this.zoekopdrachten = zoekopdrachten;
    this.toegang = toegang;
  }

  @ModelAttribute("nieuweProfielen")
  Integer nieuweProfielen(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || !"/".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
      return null;
    }
    return toegang.huidigeGebruiker()
        .filter(g -> Zoekopdrachten.ZOEKERS.contains(g.rol()))
        .map(zoekopdrachten::aantalNieuw)
        .orElse(null);
  }
}
