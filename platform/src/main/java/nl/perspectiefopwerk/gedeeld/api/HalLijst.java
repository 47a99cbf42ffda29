package nl.perspectiefopwerk.gedeeld.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lijstantwoord volgens de NL API Design Rules (HAL-extensie): items onder {@code _embedded},
 * navigatielinks onder {@code _links} en de paginagegevens onder {@code pagina}.
 */
public record HalLijst<T>(
    @JsonProperty("_links") Map<String, Link> links,
    @JsonProperty("_embedded") Map<String, List<T>> embedded,
    PaginaInfo pagina) {

  public record Link(String href) {}

  public record PaginaInfo(int nummer, int grootte, long totaalElementen, int totaalPaginas) {}

  /** Bouwt het antwoord met links naar de huidige request-URL met andere paginanummers. */
  public static <T> HalLijst<T> van(String naam, Pagina<T> pagina) {
    UriComponentsBuilder basis = ServletUriComponentsBuilder.fromCurrentRequest();
    Map<String, Link> links = new LinkedHashMap<>();
    links.put("self", link(basis, pagina.nummer(), pagina.grootte()));
    links.put("first", link(basis, 1, pagina.grootte()));
    if (pagina.heeftVorige()) links.put("prev", link(basis, pagina.nummer() - 1, pagina.grootte()));
    if (pagina.heeftVolgende()) links.put("next", link(basis, pagina.nummer() + 1, pagina.grootte()));
    links.put("last", link(basis, pagina.aantalPaginas(), pagina.grootte()));
    return new HalLijst<>(
        links,
        Map.of(naam, pagina.items()),
        new PaginaInfo(pagina.nummer(), pagina.grootte(), pagina.totaal(), pagina.aantalPaginas()));
  }

  private static Link link(UriComponentsBuilder basis, int nummer, int grootte) {
    return new Link(
        basis.cloneBuilder()
            .replaceQueryParam("pagina", nummer)
            .replaceQueryParam("paginaGrootte", grootte)
            .build()
            .toUriString());
  }
}
