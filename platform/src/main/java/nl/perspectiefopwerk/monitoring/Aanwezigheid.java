package nl.perspectiefopwerk.monitoring;

/** Aanwezigheid van een regio bij de landelijke bijeenkomsten tot een datum. */
public record Aanwezigheid(String regiocode, int bijeenkomsten, int aanwezig) {

  /** Percentage (afgerond naar beneden); zonder bijeenkomsten 100. */
  public int procent() {
    return bijeenkomsten == 0 ? 100 : (aanwezig * 100) / bijeenkomsten;
  }
}
