package nl.perspectiefopwerk.bemiddeling.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.Matchingevent;
import nl.perspectiefopwerk.bemiddeling.MatchingeventId;
import nl.perspectiefopwerk.bemiddeling.MatchingeventService;
import nl.perspectiefopwerk.bemiddeling.Matchingeventtype;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Matchingevents van de regio als API (regioloket); kandidaten alleen met hun profielcode. */
@RestController
@RequestMapping(path = "/api/v1/matchingevents", produces = "application/json")
@Tag(name = "Matchingevents", description = "Speeddates, banenmarkten, inspiratietours en online events van het regioloket")
@PreAuthorize("hasRole('REGIOLOKET')")
class MatchingeventsRestController {

  private final MatchingeventService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  MatchingeventsRestController(MatchingeventService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  record NieuwEvent(Matchingeventtype type, String titel, LocalDate datum, String plaats) {}

  /** Een event met zijn opbrengst in aantallen. */
  record EventMetOpbrengst(Matchingevent event, int vervolggesprekken, int plaatsingen) {}

  @GetMapping
  @Operation(summary = "De matchingevents van de regio, nieuwste eerst")
  List<Matchingevent> lijst() {
    return service.lijst(ik());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén matchingevent met deelnemers, aanwezigheid en opbrengst")
  EventMetOpbrengst event(@PathVariable UUID id) {
    Matchingevent e = service.zichtbaar(ik(), new MatchingeventId(id));
    var o = service.opbrengst(e.id());
    return new EventMetOpbrengst(e, o.gesprekken().size(), o.plaatsingen().size());
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Een matchingevent aanmaken (plaats verplicht behalve bij ONLINE)")
  ResponseEntity<Object> maak(@RequestBody NieuwEvent n, HttpServletRequest request) {
    HuidigeGebruiker g = ik();
    return switch (service.maak(g, n.type(), n.titel(), n.datum(), n.plaats())) {
      case MatchingeventService.Resultaat.Gelukt x -> ResponseEntity
          .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(x.id()).toUri())
          .body(service.zichtbaar(g, x.id()));
      case MatchingeventService.Resultaat.Afgekeurd a -> Foutantwoord.ongeldig(request, berichten, a.fouten());
    };
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
