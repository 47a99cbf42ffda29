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
import java.time.LocalDate;
import java.util.Map;
import nl.perspectiefopwerk.actieplan.Onderdeel;
import nl.perspectiefopwerk.beoordeling.Criterium;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
  private final MessageSource berichten;

  BeoordelingRestController(BeoordelingService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Volledigheidstoets: per onderdeel in orde of niet, met opmerkingen; niet alles in orde = teruggestuurd. */
  record Toets(int versie, Map<Onderdeel, Boolean> inOrde, Map<Onderdeel, String> opmerkingen, String opmerking) {}

  /** Advies van de stuurgroep op de vijf criteria, tegen een stuurgroepvergadering. */
  record AdviesVerzoek(int versie, UUID vergadering, Map<Criterium, Boolean> criteria, Boolean positief, String toelichting) {}

  /** Besluit van het ministerie. */
  record BesluitVerzoek(int versie, Boolean goedgekeurd, String motivering, LocalDate besluitdatum) {}

  @PostMapping(path = "/api/v1/actieplannen/{id}/volledigheidstoets", consumes = "application/json")
  @Operation(summary = "Volledigheidstoets vastleggen (ondersteuningsteam); 400 met de reden, 409 bij een verouderde versie")
  ResponseEntity<Void> toets(@PathVariable UUID id, @RequestBody Toets t) {
    return antwoord(service.toets(ik(), new ActieplanId(id), t.versie(), leeg(t.inOrde()), leeg(t.opmerkingen()), t.opmerking()));
  }

  @PostMapping(path = "/api/v1/actieplannen/{id}/advies", consumes = "application/json")
  @Operation(summary = "Advies van de stuurgroep vastleggen; wie adviseert, besluit niet over hetzelfde plan")
  ResponseEntity<Void> adviseer(@PathVariable UUID id, @RequestBody AdviesVerzoek a) {
    return antwoord(service.adviseer(ik(), new ActieplanId(id), a.versie(), a.vergadering(), leeg(a.criteria()), a.positief(), a.toelichting()));
  }

  @PostMapping(path = "/api/v1/actieplannen/{id}/besluit", consumes = "application/json")
  @Operation(summary = "Besluit van het ministerie (goedkeuren of afwijzen met motivering); goedkeuring start de looptijd")
  ResponseEntity<Void> besluit(@PathVariable UUID id, @RequestBody BesluitVerzoek b) {
    return antwoord(service.besluit(ik(), new ActieplanId(id), b.versie(), b.goedgekeurd(), b.motivering(), b.besluitdatum()));
  }

  private ResponseEntity<Void> antwoord(Map<String, String> fouten) {
    OngeldigVerzoekException.weigerBijFouten(fouten, berichten);
    return ResponseEntity.noContent().build();
  }

  private static <K, V> Map<K, V> leeg(Map<K, V> m) {
    return m == null ? Map.of() : m;
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
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
