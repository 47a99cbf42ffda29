package nl.perspectiefopwerk.taxonomie;

import java.util.Objects;

/**
 * Een ESCO-beroep met de Nederlandse voorkeursnaam.
 *
 * @param id de UUID aan het eind van de ESCO-URI
 * @param iscoGroep de ISCO-08-eenheidsgroep (4 cijfers) waarin ESCO het beroep indeelt
 */
public record Beroep(String id, String uri, String naam, String iscoGroep, String codeSysteem, String versie) {

  public Beroep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(naam, "naam");
    Objects.requireNonNull(codeSysteem, "codeSysteem");
    Objects.requireNonNull(versie, "versie");
  }
}
