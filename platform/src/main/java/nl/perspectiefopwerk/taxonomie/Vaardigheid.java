package nl.perspectiefopwerk.taxonomie;

import java.util.Objects;

/**
 * Een ESCO-vaardigheid of -kennis. De naam is Engels ({@code taal = "en"}) zolang de Nederlandse
 * ESCO-labels niet zijn geïmporteerd.
 *
 * @param id de UUID aan het eind van de ESCO-URI
 * @param type het ESCO-type: {@code skill/competence} of {@code knowledge} (soms leeg in de bron)
 */
public record Vaardigheid(
    String id, String uri, String naam, String taal, String type, String codeSysteem, String versie) {

  public Vaardigheid {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(naam, "naam");
    Objects.requireNonNull(taal, "taal");
    Objects.requireNonNull(codeSysteem, "codeSysteem");
    Objects.requireNonNull(versie, "versie");
  }
}
