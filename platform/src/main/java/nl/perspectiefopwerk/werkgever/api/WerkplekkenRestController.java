package nl.perspectiefopwerk.werkgever.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.gedeeld.api.Problemen.OngeldigeParameter;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.Uitkomst;
import nl.perspectiefopwerk.werkgever.WerkgeverService;
import nl.perspectiefopwerk.werkgever.Werkplek;
import nl.perspectiefopwerk.werkgever.WerkplekGegevens;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.WerkplekStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Werkplekken als API: de werkgever de eigen, het regioloket die van de regio. */
@RestController
@RequestMapping(path = "/api/v1/werkplekken", produces = "application/json")
@Tag(name = "Werkplekken", description = "Werkplekken van werkgevers (werkgever, regioloket)")
@PreAuthorize("hasAnyRole('WERKGEVER','REGIOLOKET')")
class WerkplekkenRestController {

  private final WerkgeverService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  WerkplekkenRestController(WerkgeverService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  @GetMapping
  @Operation(summary = "De eigen werkplekken (werkgever) of die van de regio (regioloket), nieuwste eerst")
  HalLijst<Werkplek> lijst(
      @RequestParam(required = false) WerkplekStatus status,
      @RequestParam(defaultValue = "1") int pagina,
      @RequestParam(defaultValue = "20") int paginaGrootte) {
    return HalLijst.van("werkplekken", service.werkplekken(ik(), status, new PaginaVerzoek(pagina, paginaGrootte)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén werkplek")
  Werkplek werkplek(@PathVariable UUID id) {
    return service.zichtbareWerkplek(ik(), new WerkplekId(id));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Een werkplek aanmaken (status OPEN); zonder vaardigheden worden de essentiële van het ESCO-beroep overgenomen")
  ResponseEntity<?> maak(@RequestBody WerkplekGegevens gegevens, HttpServletRequest request) {
    return switch (service.maakWerkplek(ik(), gegevens)) {
      case Uitkomst.Gelukt<Werkplek> g -> ResponseEntity
          .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(g.waarde().id()).toUri())
          .body(g.waarde());
      case Uitkomst.Afgekeurd<Werkplek> a -> ongeldig(request, a.fouten().entrySet().stream()
          .map(f -> new OngeldigeParameter(f.getKey(), berichten.getMessage(f.getValue(), null, f.getValue(), Locale.of("nl"))))
          .toList());
    };
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<?> onleesbaar(HttpServletRequest request) {
    return ongeldig(request, List.of(new OngeldigeParameter("body", "De JSON is onleesbaar of een veld heeft niet het verwachte formaat.")));
  }

  private static ResponseEntity<?> ongeldig(HttpServletRequest request, List<OngeldigeParameter> fouten) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problemen.ongeldig(request.getRequestURI(), fouten));
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
