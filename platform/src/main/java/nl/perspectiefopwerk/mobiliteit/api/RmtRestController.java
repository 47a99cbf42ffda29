package nl.perspectiefopwerk.mobiliteit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.gedeeld.api.Problemen;
import nl.perspectiefopwerk.gedeeld.api.Problemen.OngeldigeParameter;
import nl.perspectiefopwerk.mobiliteit.Categorie;
import nl.perspectiefopwerk.mobiliteit.ClientGegevens;
import nl.perspectiefopwerk.mobiliteit.Clientstatus;
import nl.perspectiefopwerk.mobiliteit.Herkomst;
import nl.perspectiefopwerk.mobiliteit.MobiliteitService;
import nl.perspectiefopwerk.mobiliteit.MobiliteitService.Resultaat;
import nl.perspectiefopwerk.mobiliteit.Monitorregel;
import nl.perspectiefopwerk.mobiliteit.Periode;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** De RMT-monitor (aantallen) en de intake als API. */
@RestController
@Tag(name = "Regionale mobiliteitsteams", description = "Tweemaandelijkse monitor (aantallen, kleine aantallen onderdrukt) en intake")
class RmtRestController {

  private final MobiliteitService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  RmtRestController(MobiliteitService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Een monitorregel met de onderdrukte aantallen zoals ze gepubliceerd worden ("< 10" voor 1 tot en met 9). */
  record MonitorDto(String regiocode, String periode, LocalDate van, LocalDate tot, String aangemeld, java.util.Map<Categorie, String> perCategorie,
      String jongeren, String zelfmelders, String inBehandeling, String casusbesprekingen, java.util.Map<String, String> diensten,
      java.util.Map<String, String> afgesloten) {
    static MonitorDto van(Monitorregel r) {
      java.util.Map<Categorie, String> cat = new java.util.EnumMap<>(Categorie.class);
      r.perCategorie().forEach((k, v) -> cat.put(k, toon(v)));
      java.util.Map<String, String> d = new java.util.LinkedHashMap<>();
      r.diensten().forEach((k, v) -> d.put(k.name(), toon(v)));
      java.util.Map<String, String> a = new java.util.LinkedHashMap<>();
      r.afgesloten().forEach((k, v) -> a.put(k.name(), toon(v)));
      return new MonitorDto(r.regiocode(), r.periode().toString(), r.periode().begin(), r.periode().einde(), toon(r.aangemeld()), cat,
          toon(r.jongeren()), toon(r.zelfmelders()), toon(r.inBehandeling()), toon(r.casusbesprekingen()), d, a);
    }

    private static String toon(long n) {
      return nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening.toon(n);
    }
  }

  /** Een client in de lijst van de consulent (naam blijft in de regio; de inzage wordt vastgelegd). */
  record ClientDto(UUID id, String naam, Categorie categorie, boolean jongere, Herkomst herkomst, Clientstatus status, int versie) {}

  @GetMapping(path = "/api/v1/rmt-monitor", produces = "application/json")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOCOORDINATOR','ONDERSTEUNINGSTEAM','STUURGROEP','MINISTERIE','EVALUATOR')")
  @Operation(summary = "De monitor van een periode: regionaal de eigen regio, landelijk alle regio's plus het totaal (regiocode leeg)")
  List<MonitorDto> monitor(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) Integer periode) {
    Periode p = Periode.van(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    if (jaar != null || periode != null) {
      if (jaar == null || periode == null || periode < 1 || periode > 6 || jaar < 2020 || jaar > p.jaar()) {
        throw new OngeldigVerzoekException("periode", "Geef jaar (vanaf 2020) en periode (1 tot en met 6) samen op.");
      }
      p = new Periode(jaar, periode);
    }
    return service.monitorVoor(ik(), p).stream().map(MonitorDto::van).toList();
  }

  @GetMapping(path = "/api/v1/rmt-clienten", produces = "application/json")
  @PreAuthorize("hasRole('CONSULENT')")
  @Operation(summary = "De clients van het RMT van de eigen regio (consulent gemeente of UWV); elke getoonde client wordt vastgelegd")
  List<ClientDto> clients() {
    return service.clients(ik()).stream()
        .map(c -> new ClientDto(c.id().waarde(), c.naam(), c.categorie(), c.jongere(), c.herkomst(), c.status(), c.versie())).toList();
  }

  @PostMapping(path = "/api/v1/rmt-clienten", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "application/json")
  @PreAuthorize("hasRole('CONSULENT')")
  @Operation(summary = "Intake van een client (datum baanverlies op of na 12 maart 2020)")
  ResponseEntity<?> neemIn(@RequestBody ClientGegevens gegevens, HttpServletRequest request) {
    return switch (service.neemIn(ik(), gegevens)) {
      case Resultaat.Gelukt g -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
          .path("/rmt/clienten/{id}").buildAndExpand(g.id()).toUri()).body(java.util.Map.of("id", g.id().waarde()));
      case Resultaat.Afgekeurd a -> ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problemen.ongeldig(request.getRequestURI(), a.fouten().entrySet().stream()
              .map(f -> new OngeldigeParameter(f.getKey(), berichten.getMessage(f.getValue(), null, f.getValue(), Locale.of("nl")))).toList()));
    };
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
