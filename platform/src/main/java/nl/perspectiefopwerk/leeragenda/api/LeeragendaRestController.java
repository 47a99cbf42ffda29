package nl.perspectiefopwerk.leeragenda.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.gedeeld.api.Problemen.OngeldigeParameter;
import nl.perspectiefopwerk.leeragenda.Activiteit;
import nl.perspectiefopwerk.leeragenda.EvaluatieService;
import nl.perspectiefopwerk.leeragenda.Evaluatiecyclus;
import nl.perspectiefopwerk.leeragenda.Item;
import nl.perspectiefopwerk.leeragenda.ItemGegevens;
import nl.perspectiefopwerk.leeragenda.Itemsoort;
import nl.perspectiefopwerk.leeragenda.LeeragendaService;
import nl.perspectiefopwerk.leeragenda.LeeragendaService.Resultaat;
import nl.perspectiefopwerk.leeragenda.Omvang;
import nl.perspectiefopwerk.leeragenda.Pijler;
import nl.perspectiefopwerk.leeragenda.Stedelijkheid;
import nl.perspectiefopwerk.leeragenda.Thema;
import nl.perspectiefopwerk.leeragenda.Zoekresultaat;
import nl.perspectiefopwerk.leeragenda.Zoekvraag;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** De leeragenda als API: zoeken in de bibliotheek, items publiceren, activiteiten en evaluatiecycli. */
@RestController
@Tag(name = "Leeragenda", description = "Bibliotheek (full-text, Nederlands), activiteiten en de lerende evaluatie")
@PreAuthorize("!hasRole('KANDIDAAT')")
class LeeragendaRestController {

  private final LeeragendaService service;
  private final EvaluatieService evaluatie;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  LeeragendaRestController(LeeragendaService service, EvaluatieService evaluatie, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.evaluatie = evaluatie;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  @GetMapping(path = "/api/v1/leeragenda-items", produces = "application/json")
  @Operation(summary = "Zoeken in de bibliotheek: q met Nederlandse stamming (websearch-syntax), gerangschikt; filters optioneel")
  HalLijst<Zoekresultaat> zoek(@RequestParam(required = false) String q, @RequestParam(required = false) Itemsoort soort,
      @RequestParam(required = false) Thema thema, @RequestParam(required = false) Pijler pijler, @RequestParam(required = false) String regio,
      @RequestParam(required = false) Stedelijkheid stedelijkheid, @RequestParam(required = false) Omvang omvang,
      @RequestParam(required = false) Boolean mislukt, @RequestParam(defaultValue = "1") int pagina,
      @RequestParam(defaultValue = "20") int paginaGrootte) {
    List<Zoekresultaat> alle = service.zoek(ik(), new Zoekvraag(q, soort, thema, pijler, regio, stedelijkheid, omvang, mislukt));
    return HalLijst.van("items", Pagina.van(alle, new PaginaVerzoek(pagina, paginaGrootte)));
  }

  @GetMapping(path = "/api/v1/leeragenda-items/{id}", produces = "application/json")
  @Operation(summary = "Eén item")
  Item item(@PathVariable UUID id) {
    return service.item(ik(), id);
  }

  @PostMapping(path = "/api/v1/leeragenda-items", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "application/json")
  @PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','REGIOCOORDINATOR','EVALUATOR')")
  @Operation(summary = "Publiceren (ondersteuningsteam alles, regiocoördinator goede praktijken en lessen, evaluator lessen bij een cyclus)")
  ResponseEntity<?> publiceer(@RequestBody ItemGegevens gegevens, HttpServletRequest request) {
    HuidigeGebruiker g = ik();
    return switch (service.publiceer(g, gegevens)) {
      case Resultaat.Gelukt x -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(x.id()).toUri())
          .body(service.item(g, x.id()));
      case Resultaat.Afgekeurd a -> ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problemen.ongeldig(request.getRequestURI(), a.fouten().entrySet().stream()
              .map(f -> new OngeldigeParameter(f.getKey(), berichten.getMessage(f.getValue(), null, f.getValue(), Locale.of("nl")))).toList()));
    };
  }

  @GetMapping(path = "/api/v1/leeragenda-activiteiten", produces = "application/json")
  @Operation(summary = "Activiteiten met aanmeldingen en aanwezigheid per organisatie")
  List<Activiteit> activiteiten() {
    return service.activiteiten(ik());
  }

  @GetMapping(path = "/api/v1/evaluatiecycli", produces = "application/json")
  @PreAuthorize("hasAnyRole('ONDERSTEUNINGSTEAM','EVALUATOR','STUURGROEP','MINISTERIE','REGIOCOORDINATOR')")
  @Operation(summary = "De cycli van de lerende evaluatie")
  List<Evaluatiecyclus> cycli() {
    return evaluatie.cycli(ik());
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
