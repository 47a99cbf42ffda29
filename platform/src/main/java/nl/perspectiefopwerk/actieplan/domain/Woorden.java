package nl.perspectiefopwerk.actieplan.domain;

/** Woorden tellen zoals een tekstverwerker: reeksen tekens tussen witruimte. */
public final class Woorden {

  private Woorden() {}

  public static int tel(String tekst) {
    if (tekst == null || tekst.isBlank()) return 0;
    return tekst.strip().split("\\s+").length;
  }
}
