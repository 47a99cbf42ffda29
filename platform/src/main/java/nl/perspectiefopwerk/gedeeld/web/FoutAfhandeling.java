package nl.perspectiefopwerk.gedeeld.web;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.gedeeld.api.ProbleemType;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.gedeeld.api.Problemen.OngeldigeParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Eén plek die fouten vertaalt: onder /api naar RFC 9457 problem+json met een stabiel type,
 * elders naar een Nederlandse foutpagina. Gebruikers zien nooit een stacktrace of de melding van
 * een onverwachte fout, wel een incidentnummer dat in het log terug te vinden is.
 */
@ControllerAdvice
class FoutAfhandeling {

  private static final Logger log = LoggerFactory.getLogger(FoutAfhandeling.class);

  @ExceptionHandler({NietGevondenException.class, NoResourceFoundException.class})
  Object nietGevonden(HttpServletRequest request, Exception e) {
    String detail =
        e instanceof NietGevondenException ? e.getMessage() : "Deze pagina of resource bestaat niet.";
    return antwoord(
        request,
        Problemen.maak(ProbleemType.NIET_GEVONDEN, HttpStatus.NOT_FOUND, "Niet gevonden", detail, pad(request)));
  }

  @ExceptionHandler(OngeldigVerzoekException.class)
  Object ongeldig(HttpServletRequest request, OngeldigVerzoekException e) {
    return antwoord(
        request,
        Problemen.ongeldig(pad(request), List.of(new OngeldigeParameter(e.parameter(), e.getMessage()))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object verkeerdType(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
    return antwoord(
        request,
        Problemen.ongeldig(
            pad(request),
            List.of(new OngeldigeParameter(e.getName(), "De waarde '" + e.getValue() + "' heeft niet het verwachte formaat."))));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  Object ontbrekend(HttpServletRequest request, MissingServletRequestParameterException e) {
    return antwoord(
        request,
        Problemen.ongeldig(
            pad(request),
            List.of(new OngeldigeParameter(e.getParameterName(), "Deze parameter is verplicht."))));
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  Object validatie(HttpServletRequest request, HandlerMethodValidationException e) {
    List<OngeldigeParameter> fouten =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            fout ->
                                new OngeldigeParameter(
                                    r.getMethodParameter().getParameterName(), fout.getDefaultMessage())))
            .toList();
    return antwoord(request, Problemen.ongeldig(pad(request), fouten));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  Object validatie(HttpServletRequest request, ConstraintViolationException e) {
    List<OngeldigeParameter> fouten =
        e.getConstraintViolations().stream()
            .map(v -> new OngeldigeParameter(laatsteDeel(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return antwoord(request, Problemen.ongeldig(pad(request), fouten));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object methode(HttpServletRequest request, HttpRequestMethodNotSupportedException e) {
    return antwoord(
        request,
        Problemen.maak(
            ProbleemType.METHODE_NIET_TOEGESTAAN,
            HttpStatus.METHOD_NOT_ALLOWED,
            "Methode niet toegestaan",
            "De methode " + e.getMethod() + " is hier niet toegestaan.",
            pad(request)));
  }

  @ExceptionHandler(GelijktijdigGewijzigdException.class)
  Object conflict(HttpServletRequest request, GelijktijdigGewijzigdException e) {
    return antwoord(
        request,
        Problemen.maak(ProbleemType.CONFLICT, HttpStatus.CONFLICT, "Intussen gewijzigd", e.getMessage(), pad(request)));
  }

  @ExceptionHandler(Exception.class)
  Object onverwacht(HttpServletRequest request, Exception e) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e; // Spring Security maakt hier 401/403 van
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    log.error("Onverwachte fout, incident {} bij {} {}", incident, request.getMethod(), pad(request), e);
    ProblemDetail p =
        Problemen.maak(
            ProbleemType.INTERNE_FOUT,
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Er ging iets mis",
            "Er ging aan onze kant iets mis. Vermeld bij contact incidentnummer " + incident + ".",
            pad(request));
    p.setProperty("incident", incident);
    return antwoord(request, p);
  }

  private static Object antwoord(HttpServletRequest request, ProblemDetail p) {
    if (isApi(request)) {
      return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(HttpStatus.valueOf(p.getStatus()));
    mav.addObject("status", p.getStatus());
    mav.addObject("detail", p.getStatus() == 500 ? null : p.getDetail());
    mav.addObject("incident", p.getProperties() == null ? null : p.getProperties().get("incident"));
    return mav;
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String pad(HttpServletRequest request) {
    return request.getRequestURI();
  }

  private static String laatsteDeel(String pad) {
    int punt = pad.lastIndexOf('.');
    return punt < 0 ? pad : pad.substring(punt + 1);
  }

}
