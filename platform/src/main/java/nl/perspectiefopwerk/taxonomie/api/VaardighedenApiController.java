package nl.perspectiefopwerk.taxonomie.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.taxonomie.TaxonomieApi;
import nl.perspectiefopwerk.taxonomie.api.TaxonomieAntwoorden.VaardigheidDetailAntwoord;
import nl.perspectiefopwerk.taxonomie.api.TaxonomieAntwoorden.VaardigheidItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vaardigheden")
@Tag(name = "Vaardigheden", description = "ESCO v1.1.1-vaardigheden en -kennis (namen voorlopig in het Engels)")
class VaardighedenApiController {

  private final TaxonomieApi taxonomie;

  VaardighedenApiController(TaxonomieApi taxonomie) {
    this.taxonomie = taxonomie;
  }

  @GetMapping
  @Operation(
      summary = "Vaardigheden zoeken",
      description = "Zoekt in de Engelse namen en synoniemen (exact, begint met, woord begint met, bevat); zonder zoekterm alle vaardigheden op naam.")
  HalLijst<VaardigheidItem> zoek(
      @Parameter(description = "Zoekterm, bijvoorbeeld 'welding'") @RequestParam(required = false) String zoek,
      @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(defaultValue = "1") int pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met 200") @RequestParam(defaultValue = "20") int paginaGrootte) {
    PaginaVerzoek verzoek = new PaginaVerzoek(pagina, paginaGrootte);
    return HalLijst.van("vaardigheden", taxonomie.zoekVaardigheden(zoek, verzoek).map(VaardigheidItem::van));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Eén vaardigheid", description = "De vaardigheid met synoniemen, beschrijving en de beroepen waarvoor zij essentieel of optioneel is.")
  VaardigheidDetailAntwoord vaardigheid(@Parameter(description = "De UUID uit de ESCO-URI") @PathVariable String id) {
    return taxonomie.vaardigheid(id)
        .map(VaardigheidDetailAntwoord::van)
        .orElseThrow(() -> new NietGevondenException("Vaardigheid " + id + " bestaat niet in ESCO " + TaxonomieApi.VERSIE + "."));
  }
}
