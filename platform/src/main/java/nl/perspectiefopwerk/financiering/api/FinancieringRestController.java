package nl.perspectiefopwerk.financiering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.perspectiefopwerk.financiering.FinancieringApi.Geldstroom;
import nl.perspectiefopwerk.financiering.FinancieringApi.Regiosaldo;
import nl.perspectiefopwerk.financiering.FinancieringService;
import nl.perspectiefopwerk.financiering.Tranche;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tranches en geldstromen als API. Bedragen in eurocent; decentralisatie-uitkering, dus zonder btw. */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Financiering", description = "Tranches (met voorwaarden), geld per circulaire en saldo per regio; bedragen in eurocent, zonder btw")
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class FinancieringRestController {

  private final FinancieringService service;
  private final ToegangApi toegang;
  private final org.springframework.context.MessageSource berichten;

  FinancieringRestController(FinancieringService service, ToegangApi toegang, org.springframework.context.MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Besluit over de tweede tranche: de vastgelegde voorwaarden (aanwezigheid, rapportage) rekent het platform zelf. */
  record Tranche2Besluit(Boolean goedeVoortgang, Boolean medewerkingMonitoring, String toelichting) {}

  @org.springframework.web.bind.annotation.PostMapping(path = "/api/v1/regios/{regio}/tranche2", consumes = "application/json")
  @Operation(summary = "Besluit over tranche 2 (ministerie); bij weigering staat in de tranche welke voorwaarde niet voldaan is")
  org.springframework.http.ResponseEntity<List<Tranche>> besluitTranche2(
      @org.springframework.web.bind.annotation.PathVariable String regio, @org.springframework.web.bind.annotation.RequestBody Tranche2Besluit b) {
    HuidigeGebruiker g = ik();
    java.util.Map<String, String> fouten = service.besluitTranche2(g, regio, b.goedeVoortgang(), b.medewerkingMonitoring(), b.toelichting());
    nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException.weigerBijFouten(fouten, berichten);
    return org.springframework.http.ResponseEntity.ok(service.tranches(g, regio));
  }

  @GetMapping("/api/v1/tranches")
  @Operation(summary = "Tranches: van één regio, of (landelijke rollen) van alle regio's")
  List<Tranche> tranches(@RequestParam(required = false) String regio) {
    HuidigeGebruiker g = ik();
    if (regio == null && g.rol() == Rol.REGIOCOORDINATOR) regio = g.hoofdregio();
    return regio == null ? service.alleTranches(g) : service.tranches(g, regio);
  }

  @GetMapping("/api/v1/financiering/geldstromen")
  @Operation(summary = "Geld per circulaire en tranche: aantal regio's, toegekend en uitbetaald (landelijke rollen)")
  List<Geldstroom> geldstromen() {
    service.alleTranches(ik());
    return service.geldPerCirculaireEnTranche();
  }

  @GetMapping("/api/v1/financiering/saldi")
  @Operation(summary = "Per regio toegekend, uitbetaald, besteed en onbesteed (landelijke rollen)")
  List<Regiosaldo> saldi() {
    service.alleTranches(ik());
    return service.saldoPerRegio();
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
