package nl.perspectiefopwerk.beoordeling.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.ActieplanId;
import nl.perspectiefopwerk.beoordeling.Advies;
import nl.perspectiefopwerk.beoordeling.BeoordelingService;
import nl.perspectiefopwerk.beoordeling.Besluit;
import nl.perspectiefopwerk.beoordeling.Volledigheidstoets;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** De beoordeling van een doe-agenda als API. */
@RestController
@Tag(name = "Beoordelingen", description = "Volledigheidstoetsen, adviezen en besluiten over doe-agenda's")
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class BeoordelingRestController {

  private final BeoordelingService service;
  private final ToegangApi toegang;

  BeoordelingRestController(BeoordelingService service, ToegangApi toegang) {
    this.service = service;
    this.toegang = toegang;
  }

  record Beoordeling(UUID actieplan, List<Volledigheidstoets> volledigheidstoetsen, List<Advies> adviezen, List<Besluit> besluiten) {}

  @GetMapping(path = "/api/v1/actieplannen/{id}/beoordeling", produces = "application/json")
  @Operation(summary = "Volledigheidstoetsen (per onderdeel), stuurgroepadviezen (vijf criteria) en besluiten over één doe-agenda")
  Beoordeling beoordeling(@PathVariable UUID id) {
    ActieplanId plan = new ActieplanId(id);
    service.zichtbaar(toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd")), plan);
    return new Beoordeling(id, service.toetsen(plan), service.adviezen(plan), service.besluiten(plan));
  }
}
