package nl.perspectiefopwerk.taxonomie;

import java.util.List;

/**
 * Alles wat over één beroep bekend is.
 *
 * @param iscoGroepNaam de (Engelse) naam van de ISCO-groep
 * @param escoCode de hiërarchische ESCO-code, bijvoorbeeld {@code 7212.1}
 */
public record BeroepDetail(
    Beroep beroep,
    String iscoGroepNaam,
    String escoCode,
    List<String> altLabels,
    String beschrijving,
    List<Vaardigheid> essentieleVaardigheden,
    List<Vaardigheid> optioneleVaardigheden) {

  public BeroepDetail {
    altLabels = List.copyOf(altLabels);
    essentieleVaardigheden = List.copyOf(essentieleVaardigheden);
    optioneleVaardigheden = List.copyOf(optioneleVaardigheden);
  }
}
