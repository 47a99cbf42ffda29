package nl.perspectiefopwerk.bemiddeling.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.BelangstellingId;
import nl.perspectiefopwerk.bemiddeling.Nazorgcontact;
import nl.perspectiefopwerk.bemiddeling.Nazorgstatus;
import nl.perspectiefopwerk.bemiddeling.Plaatsing;
import nl.perspectiefopwerk.bemiddeling.PlaatsingGegevens;
import nl.perspectiefopwerk.bemiddeling.PlaatsingId;
import nl.perspectiefopwerk.bemiddeling.PlaatsingService;
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

/** Plaatsingen en nazorg als API (regioloket; consulent en jobcoach voor de nazorg). */
@RestController
@RequestMapping(path = "/api/v1/plaatsingen", produces = "application/json")
@Tag(name = "Plaatsingen", description = "Plaatsing na een match en nazorg tot duurzaam (regioloket, consulent, jobcoach)")
@PreAuthorize("hasAnyRole('REGIOLOKET', 'CONSULENT', 'JOBCOACH')")
class PlaatsingenRestController {

  private final PlaatsingService service;
  private final ToegangApi toegang;
  private final MessageSource berichten;

  PlaatsingenRestController(PlaatsingService service, ToegangApi toegang, MessageSource berichten) {
    this.service = service;
    this.toegang = toegang;
    this.berichten = berichten;
  }

  /** Een plaatsing met haar nazorgcontacten. */
  record PlaatsingMetNazorg(Plaatsing plaatsing, List<Nazorgcontact> nazorg) {}

  /** Een nieuwe plaatsing uit een belangstelling met uitkomst MATCH. */
  record NieuwePlaatsing(UUID belangstelling, PlaatsingGegevens gegevens) {}

  /** Het vastleggen van een nazorgcontact. */
  record Contact(Nazorgstatus uitkomst, String reden, String activiteiten, boolean terugInBestand, int versie) {}

  /** Een beëindiging buiten een contactmoment om. */
  record Beeindiging(String reden, boolean terugInBestand, int versie) {}

  @GetMapping
  @Operation(summary = "De plaatsingen die u volgt: regioloket en consulent die van de regio, de jobcoach de eigen")
  List<Plaatsing> lijst() {
    return service.plaatsingen(ik());
  }

  @GetMapping("/te-late-nazorg")
  @Operation(summary = "Openstaande nazorgcontacten waarvan de geplande datum voorbij is (werklijst)")
  List<Nazorgcontact> teLaat() {
    return service.werklijst(ik());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén plaatsing met haar nazorgcontacten")
  PlaatsingMetNazorg plaatsing(@PathVariable UUID id) {
    Plaatsing p = service.zichtbaar(ik(), new PlaatsingId(id));
    return new PlaatsingMetNazorg(p, service.contacten(p.id()));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('REGIOLOKET')")
  @Operation(summary = "Een plaatsing vastleggen uit een belangstelling met uitkomst MATCH; de kandidaat verlaat het bestand")
  ResponseEntity<Object> maak(@RequestBody NieuwePlaatsing verzoek, HttpServletRequest request) {
    HuidigeGebruiker g = ik();
    if (verzoek.belangstelling() == null || verzoek.gegevens() == null) {
      return Foutantwoord.ongeldig(request, berichten, Map.of("belangstelling", "bemiddeling.plaatsing.geenMatch"));
    }
    return switch (service.plaats(g, new BelangstellingId(verzoek.belangstelling()), verzoek.gegevens())) {
      case PlaatsingService.Resultaat.Gelukt x -> ResponseEntity
          .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(x.id()).toUri())
          .body(new PlaatsingMetNazorg(service.zichtbaar(g, x.id()), service.contacten(x.id())));
      case PlaatsingService.Resultaat.Afgekeurd a -> Foutantwoord.ongeldig(request, berichten, a.fouten());
    };
  }

  @PostMapping(path = "/{id}/nazorg/{maand}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Een nazorgcontact vastleggen (IN_WERK of UITGEVALLEN met reden); het laatste IN_WERK maakt de plaatsing duurzaam")
  ResponseEntity<Object> contact(@PathVariable UUID id, @PathVariable int maand, @RequestBody Contact c, HttpServletRequest request) {
    HuidigeGebruiker g = ik();
    Map<String, String> fouten = service.legContactVast(g, new PlaatsingId(id), maand, c.uitkomst(), c.reden(), c.activiteiten(),
        c.terugInBestand(), c.versie());
    return fouten.isEmpty() ? ResponseEntity.ok(plaatsing(id)) : Foutantwoord.ongeldig(request, berichten, fouten);
  }

  @PostMapping(path = "/{id}/beeindiging", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Een lopende plaatsing beëindigen (uitval, met reden) buiten een contactmoment om")
  ResponseEntity<Object> beeindig(@PathVariable UUID id, @RequestBody Beeindiging b, HttpServletRequest request) {
    Map<String, String> fouten = service.beeindig(ik(), new PlaatsingId(id), b.reden(), b.terugInBestand(), b.versie());
    return fouten.isEmpty() ? ResponseEntity.ok(plaatsing(id)) : Foutantwoord.ongeldig(request, berichten, fouten);
  }

  private HuidigeGebruiker ik() {
    return toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
  }
}
