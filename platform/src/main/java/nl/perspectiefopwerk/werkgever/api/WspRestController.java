package nl.perspectiefopwerk.werkgever.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.gedeeld.api.Problemen.OngeldigeParameter;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.Bemiddelaarkoppeling;
import nl.perspectiefopwerk.werkgever.Screeningstatus;
import nl.perspectiefopwerk.werkgever.Werkgeverscreening;
import nl.perspectiefopwerk.werkgever.WspService;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Het werkgeversservicepunt (regioloket) als API: werkgevers screenen, bemiddelaars koppelen. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Werkgeversservicepunt", description = "Screening van werkgevers en koppeling van bemiddelaars (regioloket als WSP)")
@PreAuthorize("hasRole('REGIOLOKET')")
class WspRestController {

  private final WspService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  WspRestController(WspService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Het besluit van het WSP over een werkgever. */
  record ScreeningVerzoek(Screeningstatus status, String toelichting, Integer versie) {}

  @GetMapping("/werkgevers")
  @Operation(summary = "De werkgevers in de regio met hun screening (eerst wie nog gescreend moet worden)")
  List<Werkgeverscreening> werkgevers() {
    return service.werkgevers(ik());
  }

  @GetMapping("/werkgevers/{id}")
  @Operation(summary = "Eén werkgever in de regio met zijn screening")
  Werkgeverscreening werkgever(@PathVariable UUID id) {
    return service.werkgever(ik(), id);
  }

  @PutMapping(path = "/werkgevers/{id}/screening", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Screening vastleggen: GESCREEND of AFGEWEZEN (met toelichting); versie = de versie van het profiel")
  ResponseEntity<?> screen(@PathVariable UUID id, @RequestBody ScreeningVerzoek verzoek, HttpServletRequest request) {
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.screen(g, id, verzoek.status(), verzoek.toelichting(), verzoek.versie());
    if (fouten.isEmpty()) return ResponseEntity.ok(service.werkgever(g, id));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problemen.ongeldig(request.getRequestURI(),
        fouten.entrySet().stream()
            .map(f -> new OngeldigeParameter(f.getKey(), berichten.getMessage(f.getValue(), null, f.getValue(), Locale.of("nl"))))
            .toList()));
  }

  @GetMapping("/bemiddelaars")
  @Operation(summary = "De bemiddelaars in de regio en of ze aan het WSP gekoppeld zijn")
  List<Bemiddelaarkoppeling> bemiddelaars() {
    return service.bemiddelaars(ik());
  }

  @PutMapping("/bemiddelaars/{id}/wsp-koppeling")
  @Operation(summary = "Een bemiddelaar aan het WSP koppelen (idempotent); daarna zoekt hij in het bestand")
  ResponseEntity<Void> koppel(@PathVariable UUID id) {
    service.koppel(ik(), id, true);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/bemiddelaars/{id}/wsp-koppeling")
  @Operation(summary = "Een bemiddelaar ontkoppelen (idempotent)")
  ResponseEntity<Void> ontkoppel(@PathVariable UUID id) {
    service.koppel(ik(), id, false);
    return ResponseEntity.noContent().build();
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
