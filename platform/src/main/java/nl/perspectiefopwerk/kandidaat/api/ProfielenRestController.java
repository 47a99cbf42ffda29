package nl.perspectiefopwerk.kandidaat.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.AnoniemProfiel;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.KandidaatApi;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Het anonieme regionale bestand als API; dezelfde regels en velden als de pagina's. */
@RestController
@RequestMapping(path = "/api/v1/profielen", produces = "application/json")
@Tag(name = "Kandidatenbestand", description = "Anonieme profielen in het regionale bestand (werkgever, bemiddelaar, regioloket)")
@PreAuthorize("hasAnyRole('WERKGEVER', 'BEMIDDELAAR', 'REGIOLOKET')")
class ProfielenRestController {

  private final KandidaatApi kandidaten;
  private final ToegangApi toegang;

  ProfielenRestController(KandidaatApi kandidaten, ToegangApi toegang) {
    this.kandidaten = kandidaten;
    this.toegang = toegang;
  }

  @GetMapping
  @Operation(summary = "Zoeken in het anonieme bestand van de eigen regio")
  HalLijst<AnoniemProfiel> zoek(
      @RequestParam(required = false) String beroep,
      @RequestParam(required = false) String vaardigheid,
      @RequestParam(required = false) Werkvorm werkvorm,
      @RequestParam(required = false) Integer minUren,
      @RequestParam(required = false) String postcode,
      @RequestParam(required = false) Integer afstandKm,
      @RequestParam(required = false) Instrument instrument,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beschikbaarVoor,
      @RequestParam(defaultValue = "RECENT") Zoekfilter.Sortering sortering,
      @RequestParam(defaultValue = "1") int pagina,
      @RequestParam(defaultValue = "20") int paginaGrootte) {
    var g = toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
    Zoekfilter filter = new Zoekfilter(beroep, vaardigheid, werkvorm, minUren, postcode, afstandKm, instrument, beschikbaarVoor, sortering);
    return HalLijst.van("profielen", kandidaten.zoekInBestand(g, filter, new PaginaVerzoek(pagina, paginaGrootte)));
  }

  @GetMapping("/{profielcode}")
  @Operation(summary = "Eén anoniem profiel op de profielcode die uw organisatie ziet")
  AnoniemProfiel profiel(@PathVariable String profielcode) {
    var g = toegang.huidigeGebruiker().orElseThrow(() -> new AccessDeniedException("Alleen voor ingelogde gebruikers"));
    return kandidaten.profiel(g, profielcode).orElseThrow(() -> new NietGevondenException("Dit profiel staat niet (meer) in het bestand."));
  }
}
