package nl.perspectiefopwerk.regio;

/**
 * Een arbeidsmarktregio.
 *
 * @param centrumgemeente de centrumgemeente (door een beheerder aan te passen)
 * @param opmerking bijvoorbeeld "te verifieren" als de bron twijfelt
 * @param bron "ingebouwd" of "cbs" (na een import)
 */
public record Arbeidsmarktregio(
    String code,
    String naam,
    GemeenteRef centrumgemeente,
    String opmerking,
    int aantalGemeenten,
    String bron,
    int versie) {

  public RegioRef ref() {
    return new RegioRef(code, naam);
  }
}
