package nl.perspectiefopwerk.regio;

/** Een gemeente met haar arbeidsmarktregio en een representatief punt. */
public record Gemeente(String code, String naam, String regiocode, double lat, double lon, Integer inwoners, int aantalPostcodes) {

  public GemeenteRef ref() {
    return new GemeenteRef(code, naam);
  }
}
