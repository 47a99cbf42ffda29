package nl.perspectiefopwerk.regio.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.gedeeld.api.HalLijst;
import nl.perspectiefopwerk.gedeeld.api.HalLijst.Link;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.GemeenteRef;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.PostcodeGebied;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.RegioRef;
import nl.perspectiefopwerk.regio.Regiocode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Arbeidsmarktregio's en postcodegebieden als REST-resources. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Regio's", description = "Arbeidsmarktregio's (CBS), gemeenten en PC4-postcodegebieden")
class RegioRestController {

  private final RegioApi regio;

  RegioRestController(RegioApi regio) {
    this.regio = regio;
  }

  @GetMapping("/arbeidsmarktregios")
  @Operation(summary = "Alle arbeidsmarktregio's", description = "De 35 arbeidsmarktregio's met hun centrumgemeente, gepagineerd.")
  HalLijst<RegioSamenvatting> regios(
      @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(defaultValue = "1") int pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met 200") @RequestParam(defaultValue = "50") int paginaGrootte) {
    PaginaVerzoek verzoek = new PaginaVerzoek(pagina, paginaGrootte);
    return HalLijst.van("arbeidsmarktregios", Pagina.van(regio.regios(), verzoek).map(RegioSamenvatting::van));
  }

  @GetMapping("/arbeidsmarktregios/{code}")
  @Operation(summary = "Eén arbeidsmarktregio met haar gemeenten")
  RegioDetail regio(@Parameter(description = "CBS-code, bijvoorbeeld AM18") @PathVariable String code) {
    Regiocode regiocode = Regiocode.van(code);
    Arbeidsmarktregio r =
        regio.regio(regiocode).orElseThrow(() -> new NietGevondenException("Arbeidsmarktregio " + regiocode + " bestaat niet."));
    List<GemeenteSamenvatting> gemeenten =
        regio.gemeenten(regiocode).stream()
            .map(g -> new GemeenteSamenvatting(g.code(), g.naam(), g.inwoners(), new Centroide(g.lat(), g.lon())))
            .toList();
    return new RegioDetail(
        r.code(), r.naam(), r.centrumgemeente(), r.opmerking(), gemeenten,
        Map.of("self", new Link("/api/v1/arbeidsmarktregios/" + r.code()), "collection", new Link("/api/v1/arbeidsmarktregios")));
  }

  @GetMapping("/postcodes/{postcode}")
  @Operation(summary = "Een postcodegebied (PC4) met centroïde, gemeente en arbeidsmarktregio")
  PostcodeAntwoord postcode(@Parameter(description = "Vier cijfers, bijvoorbeeld 1012") @PathVariable String postcode) {
    Postcode4 pc4 = Postcode4.van(postcode);
    PostcodeGebied p =
        regio.postcode(pc4).orElseThrow(() -> new NietGevondenException("Postcodegebied " + pc4.waarde() + " is onbekend."));
    return new PostcodeAntwoord(
        p.pc4(), p.plaats(), new Centroide(p.lat(), p.lon()), p.gemeente(), p.regio(),
        Map.of("self", new Link("/api/v1/postcodes/" + p.pc4()), "arbeidsmarktregio", new Link("/api/v1/arbeidsmarktregios/" + p.regio().code())));
  }

  record RegioSamenvatting(String code, String naam, GemeenteRef centrumgemeente, int aantalGemeenten, @JsonProperty("_links") Map<String, Link> links) {
    static RegioSamenvatting van(Arbeidsmarktregio r) {
      return new RegioSamenvatting(r.code(), r.naam(), r.centrumgemeente(), r.aantalGemeenten(), Map.of("self", new Link("/api/v1/arbeidsmarktregios/" + r.code())));
    }
  }

  record RegioDetail(
      String code, String naam, GemeenteRef centrumgemeente, String opmerking, List<GemeenteSamenvatting> gemeenten,
      @JsonProperty("_links") Map<String, Link> links) {}

  record GemeenteSamenvatting(String code, String naam, Integer inwoners, Centroide punt) {}

  record Centroide(double lat, double lon) {}

  record PostcodeAntwoord(
      String postcode, String plaats, Centroide centroide, GemeenteRef gemeente, RegioRef arbeidsmarktregio,
      @JsonProperty("_links") Map<String, Link> links) {}
}
