package nl.perspectiefopwerk.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.perspectiefopwerk.dashboard.Dashboardberekening;
import nl.perspectiefopwerk.dashboard.Dashboardgegevens;
import nl.perspectiefopwerk.dashboard.Feiten;
import nl.perspectiefopwerk.dashboard.Onderdrukking;
import nl.perspectiefopwerk.dashboard.RegioFeiten;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Landelijke cijfers per regio voor koppelingen (bijv. het datawarehouse van het ministerie). Alleen
 * aggregaten; een telling van personen onder de 10 is {@code null} en staat in {@code onderdrukt}.
 */
@RestController
@RequestMapping(path = "/api/v1/monitoring", produces = "application/json")
@Tag(name = "Monitoring", description = "Geaggregeerde resultaten per regio; kleine aantallen onderdrukt")
class MonitoringRestController {

  private final Dashboardgegevens gegevens;

  MonitoringRestController(Dashboardgegevens gegevens) {
    this.gegevens = gegevens;
  }

  @Schema(description = "Resultaten van alle regio's op één moment")
  record Regiocijfers(
      @Schema(description = "Moment waarop de cijfers uit de vastgelegde feiten zijn berekend") Instant berekendOp,
      List<Regio> regios) {}

  @Schema(description = "Cijfers van één regio. Tellingen van personen onder de 10 zijn null en genoemd in onderdrukt.")
  record Regio(
      String regiocode,
      String naam,
      String planstatus,
      Integer ambitie,
      long verwacht,
      String koers,
      Long geidentificeerd,
      Long werkfit,
      Long inBestand,
      Long verouderd,
      Long belangstellingen,
      Long eersteGesprekken,
      Long plaatsingen,
      Long duurzaam,
      Long uitval,
      long toegekendCent,
      long betaaldCent,
      long bestedCent,
      int bijeenkomsten,
      int bijgewoond,
      List<String> onderdrukt) {}

  @GetMapping("/regios")
  @Operation(
      summary = "Resultaten per regio",
      description = "Plannen, ambitie, trechter, geld en aanwezigheid per regio, zoals op het landelijke dashboard.",
      security = @SecurityRequirement(name = "oauth2", scopes = "monitoring.lezen"))
  @ApiResponse(responseCode = "200", description = "De cijfers van alle 35 regio's")
  @ApiResponse(responseCode = "403", description = "Token zonder scope monitoring.lezen")
  Regiocijfers regios() {
    Feiten f = gegevens.feiten();
    List<Regio> uit = new ArrayList<>();
    var realisatie = Dashboardberekening.realisatie(f.regios(), f.peildatum());
    for (int i = 0; i < f.regios().size(); i++) {
      RegioFeiten r = f.regios().get(i);
      var re = realisatie.stream().filter(x -> x.regiocode().equals(r.regiocode())).findFirst().orElseThrow();
      List<String> onderdrukt = new ArrayList<>();
      uit.add(new Regio(r.regiocode(), r.naam(), r.planstatus(), r.ambitie(), re.verwacht(), re.koers().name(),
          w("geidentificeerd", r.geidentificeerd(), onderdrukt), w("werkfit", r.werkfit(), onderdrukt),
          w("inBestand", r.inBestand(), onderdrukt), w("verouderd", r.verouderd(), onderdrukt),
          w("belangstellingen", r.belangstellingen(), onderdrukt), w("eersteGesprekken", r.eersteGesprekken(), onderdrukt),
          w("plaatsingen", r.plaatsingen(), onderdrukt), w("duurzaam", r.duurzaam(), onderdrukt), w("uitval", r.uitval(), onderdrukt),
          r.toegekendCent(), r.betaaldCent(), r.bestedCent(), r.bijeenkomsten(), r.bijgewoond(), List.copyOf(onderdrukt)));
    }
    return new Regiocijfers(f.berekendOp(), uit);
  }

  private static Long w(String veld, long aantal, List<String> onderdrukt) {
    if (Onderdrukking.onderdrukt(aantal)) onderdrukt.add(veld);
    return Onderdrukking.waarde(aantal);
  }
}
