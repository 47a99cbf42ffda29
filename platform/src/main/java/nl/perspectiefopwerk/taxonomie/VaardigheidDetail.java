package nl.perspectiefopwerk.taxonomie;

import java.util.List;

/**
 * Alles wat over één vaardigheid bekend is, met de beroepen die haar vragen.
 *
 * @param hergebruik het ESCO-hergebruikniveau, bijvoorbeeld {@code transversal} of {@code sector-specific}
 */
public record VaardigheidDetail(
    Vaardigheid vaardigheid,
    String hergebruik,
    List<String> altLabels,
    String beschrijving,
    List<Beroep> essentieelVoor,
    List<Beroep> optioneelVoor) {

  public VaardigheidDetail {
    altLabels = List.copyOf(altLabels);
    essentieelVoor = List.copyOf(essentieelVoor);
    optioneelVoor = List.copyOf(optioneelVoor);
  }
}
