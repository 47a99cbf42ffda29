package nl.perspectiefopwerk.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.monitoring.Aanwezigheid;
import nl.perspectiefopwerk.monitoring.Bijeenkomst;
import nl.perspectiefopwerk.monitoring.Deelname;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import nl.perspectiefopwerk.monitoring.regels.Toegangsregels;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstService;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bijeenkomsten en aanwezigheid als API. */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Bijeenkomsten", description = "Landelijke bijeenkomsten, stuurgroep en bestuurlijk overleg; aanwezigheid en inbreng per regio")
@PreAuthorize("hasAnyRole('REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
class BijeenkomstenRestController {

  private final BijeenkomstService service;
  private final MonitoringApi monitoring;
  private final ToegangApi toegang;

  BijeenkomstenRestController(BijeenkomstService service, MonitoringApi monitoring, ToegangApi toegang) {
    this.service = service;
    this.monitoring = monitoring;
    this.toegang = toegang;
  }

  record BijeenkomstMetDeelnames(Bijeenkomst bijeenkomst, List<Deelname> deelnames) {}

  @GetMapping("/api/v1/bijeenkomsten")
  @Operation(summary = "Alle bijeenkomsten, op datum")
  List<Bijeenkomst> lijst() {
    return service.alle(ik());
  }

  @GetMapping("/api/v1/bijeenkomsten/{id}")
  @Operation(summary = "Eén bijeenkomst met aanwezigheid en inbreng (regiocoördinator: alleen de eigen regio)")
  BijeenkomstMetDeelnames bijeenkomst(@PathVariable UUID id) {
    HuidigeGebruiker g = ik();
    return new BijeenkomstMetDeelnames(service.bijeenkomst(g, id), service.deelnames(g, id));
  }

  @GetMapping("/api/v1/aanwezigheid")
  @Operation(summary = "Aanwezigheid per regio bij de landelijke bijeenkomsten tot vandaag (landelijke rollen)")
  List<Aanwezigheid> aanwezigheid() {
    if (!Toegangsregels.landelijk(ik())) throw new AccessDeniedException("Alleen landelijk");
    return monitoring.aanwezigheidPerRegio();
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
  }
}
