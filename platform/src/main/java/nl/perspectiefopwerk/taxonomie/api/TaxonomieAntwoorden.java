package nl.perspectiefopwerk.taxonomie.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.gedeeld.api.HalLijst.Link;
import nl.perspectiefopwerk.taxonomie.Beroep;
import nl.perspectiefopwerk.taxonomie.BeroepDetail;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import nl.perspectiefopwerk.taxonomie.VaardigheidDetail;
import nl.perspectiefopwerk.taxonomie.ZoekResultaat;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** De JSON-vormen van de taxonomie-API (camelCase, HAL-links, codesysteem en versie bij elke code). */
final class TaxonomieAntwoorden {

  private TaxonomieAntwoorden() {}

  /** Een beroep in een lijst; {@code gevondenVia} is het synoniem dat overeenkwam. */
  record BeroepItem(
      String id, String uri, String naam, String iscoGroep, String codeSysteem, String versie, String gevondenVia,
      @JsonProperty("_links") Map<String, Link> links) {

    static BeroepItem van(ZoekResultaat<Beroep> r) {
      return van(r.item(), r.gevondenVia());
    }

    static BeroepItem van(Beroep b, String gevondenVia) {
      return new BeroepItem(b.id(), b.uri(), b.naam(), b.iscoGroep(), b.codeSysteem(), b.versie(), gevondenVia, self("beroepen", b.id()));
    }
  }

  record VaardigheidItem(
      String id, String uri, String naam, String taal, String type, String codeSysteem, String versie, String gevondenVia,
      @JsonProperty("_links") Map<String, Link> links) {

    static VaardigheidItem van(ZoekResultaat<Vaardigheid> r) {
      return van(r.item(), r.gevondenVia());
    }

    static VaardigheidItem van(Vaardigheid v, String gevondenVia) {
      return new VaardigheidItem(
          v.id(), v.uri(), v.naam(), v.taal(), v.type(), v.codeSysteem(), v.versie(), gevondenVia, self("vaardigheden", v.id()));
    }
  }

  record BeroepDetailAntwoord(
      String id, String uri, String naam, String iscoGroep, String iscoGroepNaam, String escoCode, List<String> altLabels,
      String beschrijving, String codeSysteem, String versie,
      List<VaardigheidItem> essentieleVaardigheden, List<VaardigheidItem> optioneleVaardigheden,
      @JsonProperty("_links") Map<String, Link> links) {

    static BeroepDetailAntwoord van(BeroepDetail d) {
      Beroep b = d.beroep();
      return new BeroepDetailAntwoord(
          b.id(), b.uri(), b.naam(), b.iscoGroep(), d.iscoGroepNaam(), d.escoCode(), d.altLabels(), d.beschrijving(),
          b.codeSysteem(), b.versie(),
          d.essentieleVaardigheden().stream().map(v -> VaardigheidItem.van(v, null)).toList(),
          d.optioneleVaardigheden().stream().map(v -> VaardigheidItem.van(v, null)).toList(),
          self("beroepen", b.id()));
    }
  }

  record VaardigheidDetailAntwoord(
      String id, String uri, String naam, String taal, String type, String hergebruik, List<String> altLabels,
      String beschrijving, String codeSysteem, String versie,
      List<BeroepItem> essentieelVoor, List<BeroepItem> optioneelVoor,
      @JsonProperty("_links") Map<String, Link> links) {

    static VaardigheidDetailAntwoord van(VaardigheidDetail d) {
      Vaardigheid v = d.vaardigheid();
      return new VaardigheidDetailAntwoord(
          v.id(), v.uri(), v.naam(), v.taal(), v.type(), d.hergebruik(), d.altLabels(), d.beschrijving(),
          v.codeSysteem(), v.versie(),
          d.essentieelVoor().stream().map(b -> BeroepItem.van(b, null)).toList(),
          d.optioneelVoor().stream().map(b -> BeroepItem.van(b, null)).toList(),
          self("vaardigheden", v.id()));
    }
  }

  private static Map<String, Link> self(String collectie, String id) {
    return Map.of(
        "self",
        new Link(
            ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/{collectie}/{id}")
                .buildAndExpand(collectie, id)
                .toUriString()));
  }
}
