package nl.perspectiefopwerk.kandidaat.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectiefopwerk.gedeeld.api.ProbleemType;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.kandidaat.BestandAfgeschermdException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Een zoekpoort weigert het bestand (bijvoorbeeld: werkgever nog niet gescreend): 403 met de reden erbij,
 * als problem+json onder /api en anders als foutpagina. Gaat voor de algemene foutafhandeling, die een
 * weigering zonder uitleg aan Spring Security overlaat.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BestandAfgeschermdAfhandeling {

  @ExceptionHandler(BestandAfgeschermdException.class)
  Object afgeschermd(HttpServletRequest request, BestandAfgeschermdException e) {
    var p = Problemen.maak(ProbleemType.GEEN_TOEGANG, HttpStatus.FORBIDDEN, "Geen toegang tot het bestand", e.getMessage(),
        request.getRequestURI());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(HttpStatus.FORBIDDEN);
    mav.addObject("status", 403);
    mav.addObject("detail", e.getMessage());
    return mav;
  }
}
