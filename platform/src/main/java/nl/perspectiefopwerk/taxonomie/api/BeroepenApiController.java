package nl.perspectiefopwerk.taxonomie.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.api.TaxonomieAntwoorden.BeroepDetailAntwoord;
import nl.perspectiefopwerk.taxonomie.api.TaxonomieAntwoorden.BeroepItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/beroepen")
@Tag(name = "Beroepen", description = "ESCO v1.1.1-beroepen met Nederlandse namen en de vaardigheden die ze vragen")
class BeroepenApiController {

  private final TaxonomieApi taxonomie;

  BeroepenApiController(TaxonomieApi taxonomie) {
    this.taxonomie = taxonomie;
  }

  @GetMapping
  @Operation(
      summary = "Beroepen zoeken",
      description = "Zoekt in Nederlandse namen en synoniemen (exact, begint met, woord begint met, bevat); zonder zoekterm alle beroepen op naam.")
  HalLijst<BeroepItem> zoek(
      @Parameter(description = "Zoekterm, bijvoorbeeld 'lasser'") @RequestParam(required = false) String zoek,
      @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(defaultValue = "1") int pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met 200") @RequestParam(defaultValue = "20") int paginaGrootte) {
    PaginaVerzoek verzoek = new PaginaVerzoek(pagina, paginaGrootte);
    return HalLijst.van("beroepen", taxonomie.zoekBeroepen(zoek, verzoek).map(BeroepItem::van));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén beroep", description = "Het beroep met synoniemen, beschrijving, ISCO-groep en essentiële en optionele vaardigheden.")
  BeroepDetailAntwoord beroep(@Parameter(description = "De UUID uit de ESCO-URI") @PathVariable String id) {
    return taxonomie.beroep(id)
        .map(BeroepDetailAntwoord::van)
        .orElseThrow(() -> new NietGevondenException("Beroep " + id + " bestaat niet in ESCO " + TaxonomieApi.VERSIE + "."));
  }
}
