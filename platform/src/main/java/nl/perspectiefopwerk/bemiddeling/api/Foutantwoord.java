package nl.perspectiefopwerk.bemiddeling.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.gedeeld.api.Problemen.OngeldigeParameter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Afgekeurde invoer (veld → meldingsleutel) als 400 problem+json met de Nederlandse meldingen. */
final class Foutantwoord {

  private Foutantwoord() {}

  static ResponseEntity<Object> ongeldig(HttpServletRequest request, MessageSource berichten, Map<String, String> fouten) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problemen.ongeldig(request.getRequestURI(),
        fouten.entrySet().stream()
            .map(f -> new OngeldigeParameter(f.getKey(), berichten.getMessage(f.getValue(), null, f.getValue(), Locale.of("nl"))))
            .toList()));
  }
}
