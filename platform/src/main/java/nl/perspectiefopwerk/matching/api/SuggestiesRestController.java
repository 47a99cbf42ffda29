package nl.perspectiefopwerk.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.kandidaat.Matchgegevens;
import nl.perspectiefopwerk.matching.Indexstatus;
import nl.perspectiefopwerk.matching.KandidaatSuggestie;
import nl.perspectiefopwerk.matching.MatchingService;
import nl.perspectiefopwerk.matching.WerkplekSuggestie;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Suggesties als API, elk met score en Nederlandse uitleg per onderdeel. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Matching", description = "Uitlegbare suggesties: kandidaten bij een werkplek, werkplekken bij een kandidaat")
class SuggestiesRestController {

  private final MatchingService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  SuggestiesRestController(MatchingService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Het antwoord: de suggesties plus de stand van de index. */
  record Antwoord<T>(List<T> suggesties, Indexstatus index) {}

  @GetMapping("/werkplekken/{id}/suggesties")
  @PreAuthorize("hasAnyRole('WERKGEVER','REGIOLOKET')")
  @Operation(summary = "De beste kandidaten voor een werkplek: alleen anonieme profielcodes, met score en uitleg "
      + "(werkgever van de werkplek, regioloket van de regio)")
  Antwoord<KandidaatSuggestie> kandidaten(@PathVariable UUID id, @RequestParam(required = false) Integer aantal) {
    return new Antwoord<>(service.kandidatenVoorWerkplek(ik(), new WerkplekId(id), aantal == null ? service.standaardAantal() : aantal),
        service.status());
  }

  @GetMapping("/kandidaten/{id}/suggesties")
  @PreAuthorize("hasAnyRole('CONSULENT','REGIOLOKET')")
  @Operation(summary = "De beste open werkplekken voor een kandidaat, met score en uitleg (consulent, regioloket)")
  Antwoord<WerkplekSuggestie> werkplekken(@PathVariable UUID id, @RequestParam(required = false) Integer aantal) {
    return new Antwoord<>(service.werkplekkenVoorKandidaat(ik(), new KandidaatId(id), aantal == null ? service.standaardAantal() : aantal),
        service.status());
  }

  /** Het antwoord voor de kandidaat zelf: met de reden als er geen suggesties kunnen zijn. */
  record EigenAntwoord(List<WerkplekSuggestie> suggesties, String reden, Indexstatus index) {}

  @GetMapping("/mijn-gegevens/suggesties")
  @PreAuthorize("hasRole('KANDIDAAT')")
  @Operation(summary = "Passend werk voor de ingelogde kandidaat zelf, met score en uitleg; 'reden' zegt waarom de lijst "
      + "leeg is (niet in het bestand, werkfit verlopen, geplaatst)")
  EigenAntwoord eigen(@RequestParam(required = false) Integer aantal) {
    HuidigeGebruiker g = ik();
    KandidaatId id = service.eigenKandidaat(g);
    Matchgegevens m = service.kandidaatVoor(g, id);
    String reden = service.redenGeenSuggesties(m);
    return new EigenAntwoord(service.werkplekkenVoorKandidaat(g, id, aantal == null ? service.standaardAantal() : aantal),
        reden == null ? null : berichten.getMessage(reden, null, reden, Locale.of("nl")), service.status());
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
