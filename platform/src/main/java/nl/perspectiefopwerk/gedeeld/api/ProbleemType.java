package nl.perspectiefopwerk.gedeeld.api;

import java.net.URI;

/**
 * Stabiele problem-types (RFC 9457). Afnemers mogen op deze URI's programmeren; de tekst bij
 * elk type staat op de API-pagina.
 */
public enum ProbleemType {
  NIET_GEVONDEN("niet-gevonden"),
  ONGELDIGE_INVOER("ongeldige-invoer"),
  NIET_INGELOGD("niet-ingelogd"),
  GEEN_TOEGANG("geen-toegang"),
  CONFLICT("conflict"),
  METHODE_NIET_TOEGESTAAN("methode-niet-toegestaan"),
  INTERNE_FOUT("interne-fout");

  public static final String BASIS = "https://perspectiefopwerk.nl/problemen/";

  private final String slug;

  ProbleemType(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public URI uri() {
    return URI.create(BASIS + slug);
  }
}
