package nl.perspectiefopwerk.gedeeld.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Maakt RFC 9457-problemen met een stabiel type en een Nederlandse titel. */
public final class Problemen {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problemen() {}

  public static ProblemDetail maak(
      ProbleemType type, HttpStatus status, String titel, String detail, String pad) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type.uri());
    p.setTitle(titel);
    if (pad != null) p.setInstance(URI.create(pad));
    return p;
  }

  /** Een 400-probleem met de ongeldige parameter(s) onder {@code invalidParams} (NL API-strategie). */
  public static ProblemDetail ongeldig(String pad, List<OngeldigeParameter> parameters) {
    ProblemDetail p =
        maak(
            ProbleemType.ONGELDIGE_INVOER,
            HttpStatus.BAD_REQUEST,
            "Ongeldige invoer",
            parameters.size() == 1
                ? parameters.getFirst().reason()
                : "Een of meer parameters zijn ongeldig; zie invalidParams.",
            pad);
    p.setProperty("invalidParams", parameters);
    return p;
  }

  public record OngeldigeParameter(String name, String reason) {}

  /** Schrijft een probleem direct in de response (voor filters, buiten Spring MVC om). */
  public static void schrijf(HttpServletRequest request, HttpServletResponse response, ProblemDetail p)
      throws IOException {
    response.setStatus(p.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", p.getType().toString());
    body.put("title", p.getTitle());
    body.put("status", p.getStatus());
    body.put("detail", p.getDetail());
    body.put("instance", request.getRequestURI());
    if (p.getProperties() != null) body.putAll(p.getProperties());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
