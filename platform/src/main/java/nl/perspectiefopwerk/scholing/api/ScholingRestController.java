package nl.perspectiefopwerk.scholing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.gedeeld.api.Problemen.OngeldigeParameter;
import nl.perspectiefopwerk.scholing.Kengetallen;
import nl.perspectiefopwerk.scholing.Opleidingsuitkomst;
import nl.perspectiefopwerk.scholing.ScholingService;
import nl.perspectiefopwerk.scholing.ScholingService.Resultaat;
import nl.perspectiefopwerk.scholing.Traject;
import nl.perspectiefopwerk.scholing.TrajectGegevens;
import nl.perspectiefopwerk.scholing.TrajectId;
import nl.perspectiefopwerk.scholing.TrajectStatus;
import nl.perspectiefopwerk.scholing.Trajecttype;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Scholingstrajecten en kengetallen als API. */
@RestController
@Tag(name = "Scholing", description = "Scholingstrajecten (consulent, regioloket, onderwijs) en kengetallen per regio")
class ScholingRestController {

  private final ScholingService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  ScholingRestController(ScholingService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Een traject zoals de API het toont. */
  record TrajectDto(UUID id, String regiocode, UUID kandidaatId, Trajecttype type, String opleiding, String erkendLeerbedrijf,
      String praktijkopleider, UUID onderwijsOrganisatieId, LocalDate startdatum, LocalDate einddatum, boolean erkendCertificaat,
      String plaatsingRef, TrajectStatus status, Opleidingsuitkomst uitkomst, LocalDate uitkomstDatum, int versie) {
    static TrajectDto van(Traject t) {
      return new TrajectDto(t.id().waarde(), t.regiocode(), t.kandidaat().waarde(), t.type(), t.opleiding(), t.erkendLeerbedrijf(),
          t.praktijkopleider(), t.onderwijsOrganisatieId(), t.startdatum(), t.einddatum(), t.erkendCertificaat(), t.plaatsingRef(),
          t.status(), t.uitkomst(), t.uitkomstDatum(), t.versie());
    }
  }

  /** Een statusovergang: starten (LOPEND), afronden (AFGEROND met uitkomst) of stoppen (GESTOPT). */
  record Overgang(TrajectStatus naar, Opleidingsuitkomst uitkomst, LocalDate datum, Integer versie) {}

  @GetMapping(path = "/api/v1/scholingstrajecten", produces = "application/json")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET','ONDERWIJS')")
  @Operation(summary = "De trajecten van de eigen organisatie (consulent), de regio (regioloket) of gekoppeld aan de school (onderwijs)")
  HalLijst<TrajectDto> lijst(@RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "20") int paginaGrootte) {
    List<TrajectDto> alle = service.trajecten(ik()).stream().map(TrajectDto::van).toList();
    return HalLijst.van("scholingstrajecten", Pagina.van(alle, new PaginaVerzoek(pagina, paginaGrootte)));
  }

  @GetMapping(path = "/api/v1/scholingstrajecten/{id}", produces = "application/json")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET','ONDERWIJS')")
  @Operation(summary = "Eén traject (de inzage wordt vastgelegd)")
  TrajectDto traject(@PathVariable UUID id) {
    return TrajectDto.van(service.bekijk(ik(), new TrajectId(id)));
  }

  @PostMapping(path = "/api/v1/scholingstrajecten", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "application/json")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET')")
  @Operation(summary = "Een traject vastleggen (status GEPLAND); kandidaat = dossiernummer (of profielcode voor het regioloket)")
  ResponseEntity<?> maak(@RequestBody TrajectGegevens gegevens, HttpServletRequest request) {
    HuidigeGebruiker g = ik();
    return switch (service.registreer(g, gegevens)) {
      case Resultaat.Gelukt x -> ResponseEntity
          .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(x.id()).toUri())
          .body(TrajectDto.van(service.bekijk(g, x.id())));
      case Resultaat.Afgekeurd a -> ongeldig(request, a.fouten());
    };
  }

  @PostMapping(path = "/api/v1/scholingstrajecten/{id}/overgangen", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "application/json")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET','ONDERWIJS')")
  @Operation(summary = "Een statusovergang; 409 als de versie verouderd is")
  ResponseEntity<?> overgang(@PathVariable UUID id, @RequestBody Overgang o, HttpServletRequest request) {
    if (o.versie() == null) return ongeldig(request, Map.of("versie", "scholing.fout.versie"));
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.wijzigStatus(g, new TrajectId(id), o.naar(), o.uitkomst(), o.datum(), o.versie());
    if (!fouten.isEmpty()) return ongeldig(request, fouten);
    return ResponseEntity.ok(TrajectDto.van(service.bekijk(g, new TrajectId(id))));
  }

  @GetMapping(path = "/api/v1/scholingskengetallen", produces = "application/json")
  @PreAuthorize("!hasAnyRole('KANDIDAAT','WERKGEVER','BEMIDDELAAR')")
  @Operation(summary = "Kengetallen per regio (landelijke rollen: alle regio's, regionale rollen: de eigen regio)")
  List<Kengetallen> kengetallen() {
    return service.zichtbareKengetallen(ik());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<?> onleesbaar(HttpServletRequest request) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problemen.ongeldig(request.getRequestURI(),
        List.of(new OngeldigeParameter("body", "De JSON is onleesbaar of een veld heeft niet het verwachte formaat."))));
  }

  private ResponseEntity<?> ongeldig(HttpServletRequest request, Map<String, String> fouten) {
    List<OngeldigeParameter> lijst = fouten.entrySet().stream()
        .map(f -> new OngeldigeParameter(f.getKey(), berichten.getMessage(f.getValue(), null, f.getValue(), Locale.of("nl")))).toList();
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problemen.ongeldig(request.getRequestURI(), lijst));
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
