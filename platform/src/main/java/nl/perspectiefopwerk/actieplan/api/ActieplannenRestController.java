package nl.perspectiefopwerk.actieplan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.actieplan.ActieplanService;
import nl.perspectiefopwerk.actieplan.Indienvenster;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.actieplan.Planversie;
import nl.perspectiefopwerk.actieplan.Statusovergang;
import nl.perspectiefopwerk.actieplan.domain.Volledigheid;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Doe-agenda's als API: lijst, één plan, statusgeschiedenis, versies en indienen. */
@RestController
@RequestMapping(path = "/api/v1/actieplannen", produces = "application/json")
@Tag(name = "Actieplannen", description = "Doe-agenda's van de regio's: inhoud, status, statusgeschiedenis en versies")
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class ActieplannenRestController {

  private final ActieplanService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  ActieplannenRestController(ActieplanService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Samenvatting van een plan in een lijst. */
  record PlanSamenvatting(UUID id, String regiocode, PlanStatus status, int versienummer, Instant ingediendOp, Indienvenster venster,
      LocalDate goedgekeurdOp, LocalDate looptijdTot, Integer ambitieMatches, boolean volledig) {}

  @GetMapping
  @Operation(summary = "Alle doe-agenda's (landelijke rollen) of die van de eigen regio (regiocoördinator)")
  HalLijst<PlanSamenvatting> lijst(@RequestParam(required = false) PlanStatus status, @RequestParam(defaultValue = "1") int pagina,
      @RequestParam(defaultValue = "50") int paginaGrootte) {
    List<PlanSamenvatting> alle = service.zichtbarePlannen(ik()).stream().filter(p -> status == null || p.status() == status)
        .map(p -> new PlanSamenvatting(p.id().waarde(), p.regiocode(), p.status(), p.versienummer(), p.ingediendOp(), p.venster(),
            p.goedgekeurdOp(), p.looptijdTot(), p.inhoud().ambitieMatches(), Volledigheid.volledig(p)))
        .toList();
    return HalLijst.van("actieplannen", Pagina.van(alle, new PaginaVerzoek(pagina, paginaGrootte)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén doe-agenda met alle onderdelen (zonder de PDF van de overeenkomst)")
  Actieplan plan(@PathVariable UUID id) {
    return service.zichtbaar(ik(), new ActieplanId(id));
  }

  @GetMapping("/{id}/statusgeschiedenis")
  @Operation(summary = "De statusgeschiedenis: elke overgang met rol, moment en toelichting")
  List<Statusovergang> geschiedenis(@PathVariable UUID id) {
    return service.geschiedenis(ik(), new ActieplanId(id));
  }

  @GetMapping("/{id}/versies")
  @Operation(summary = "Alle ingediende versies met de tekst per onderdeel")
  List<Planversie> versies(@PathVariable UUID id) {
    return service.versies(ik(), new ActieplanId(id));
  }

  /** Verzoek om in te dienen: de versie van het plan zoals de aanvrager die kent (optimistische vergrendeling). */
  record Indiening(int versie) {}

  @PostMapping(path = "/{id}/indiening", consumes = "application/json")
  @Operation(summary = "De doe-agenda indienen (regiocoördinator); 400 als hij onvolledig of te laat is, 409 bij een verouderde versie")
  ResponseEntity<Void> dienIn(@PathVariable UUID id, @RequestBody Indiening indiening) {
    OngeldigVerzoekException.weigerBijFouten(service.dienIn(ik(), new ActieplanId(id), indiening.versie()), berichten);
    return ResponseEntity.noContent().build();
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
