package nl.perspectiefopwerk.bemiddeling.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.Belangstelling;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;
import nl.perspectiefopwerk.bemiddeling.Belangstellingssoort;
import nl.perspectiefopwerk.bemiddeling.BemiddelingService;
import nl.perspectiefopwerk.kandidaat.Contactgegevens;
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

/**
 * Belangstelling en directe uitnodigingen als API voor werkgevers en bemiddelaars. Het antwoord noemt nooit het
 * interne kandidaat-id; naam en contact alleen voor de werkgever, na een ja met toestemming (en vastgelegd).
 */
@RestController
@RequestMapping(path = "/api/v1/belangstellingen", produces = "application/json")
@Tag(name = "Belangstelling", description = "Belangstelling en directe uitnodigingen voor anonieme profielen (werkgever, bemiddelaar)")
@PreAuthorize("hasAnyRole('WERKGEVER', 'BEMIDDELAAR')")
class BelangstellingenRestController {

  private final BemiddelingService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  BelangstellingenRestController(BemiddelingService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Een nieuw verzoek; soort UITNODIGING alleen voor een werkgever. */
  record NieuwVerzoek(String profielcode, UUID werkplek, String bericht, Belangstellingssoort soort) {}

  /** Een verzoek zoals de aanvrager het ziet. */
  record Verzoek(UUID id, String profielcode, UUID werkplek, Belangstellingssoort soort, BelangstellingStatus status, LocalDate deadline,
      String bericht, Instant gesprekOp, String gesprekLocatie, boolean gesprekOnline, String uitkomstReden, Instant aangemaaktOp,
      int versie, Contactgegevens contact) {

    static Verzoek van(Belangstelling b, Contactgegevens contact) {
      return new Verzoek(b.id().waarde(), b.profielcode(), b.werkplek().waarde(), b.soort(), b.status(), b.deadline(), b.bericht(),
          b.gesprekOp(), b.gesprekLocatie(), b.gesprekOnline(), b.uitkomstReden(), b.aangemaaktOp(), b.versie(), contact);
    }
  }

  @GetMapping
  @Operation(summary = "De eigen verzoeken (werkgever: ook die voor de eigen werkplekken), nieuwste eerst")
  List<Verzoek> lijst() {
    return service.eigenVerzoeken(ik()).stream().map(b -> Verzoek.van(b, null)).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén verzoek; met naam en contact van de kandidaat voor de werkgever na een ja met toestemming (vastgelegd)")
  Verzoek verzoek(@PathVariable UUID id) {
    HuidigeGebruiker g = ik();
    Belangstelling b = service.zichtbaar(g, new BelangstellingId(id));
    return Verzoek.van(b, service.contact(g, b).orElse(null));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Belangstelling tonen of (werkgever) direct uitnodigen voor een gesprek, voor een eigen open werkplek")
  ResponseEntity<Object> maak(@RequestBody NieuwVerzoek v, HttpServletRequest request) {
    HuidigeGebruiker g = ik();
    return switch (service.toonBelangstelling(g, v.profielcode(), v.werkplek(), v.bericht(),
        v.soort() == null ? Belangstellingssoort.BELANGSTELLING : v.soort())) {
      case BemiddelingService.Resultaat.Gelukt x -> ResponseEntity
          .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(x.id()).toUri())
          .body(Verzoek.van(service.zichtbaar(g, x.id()), null));
      case BemiddelingService.Resultaat.Afgekeurd a -> Foutantwoord.ongeldig(request, berichten, a.fouten());
    };
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
