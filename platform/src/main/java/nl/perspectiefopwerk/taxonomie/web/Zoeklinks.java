package nl.perspectiefopwerk.taxonomie.web;

import org.springframework.web.util.UriComponentsBuilder;

final class Zoeklinks {

  private Zoeklinks() {}

  /** Het pad met de zoekterm als (gecodeerde) parameter; de paginering voegt {@code pagina} toe. */
  static String basis(String pad, String zoek) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(pad);
    if (zoek != null && !zoek.isBlank()) b.queryParam("zoek", zoek.strip());
    return b.encode().build().toUriString();
  }
}
