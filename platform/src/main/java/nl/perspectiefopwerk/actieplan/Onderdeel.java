package nl.perspectiefopwerk.actieplan;

/**
 * De negen verplichte onderdelen van het Kader (oproep, bijlage). Het paginamaximum wordt als woordenrichtlijn
 * getoond: één A4 ≈ 500 woorden (platformaanname, zie docs/programmacyclus.md).
 */
public enum Onderdeel {
  ANALYSE(1, 2),
  AMBITIE(2, 1),
  AANPAK(3, 2),
  BETROKKENEN(4, 2),
  INSTRUMENTEN(5, 1),
  OVERIGE_AFSPRAKEN(6, 1),
  ONDERTEKENING(7, 0),
  CONTACTPERSOON(8, 0),
  SAMENWERKINGSOVEREENKOMST(9, 0);

  public static final int WOORDEN_PER_A4 = 500;

  private final int nummer;
  private final int maxA4;

  Onderdeel(int nummer, int maxA4) {
    this.nummer = nummer;
    this.maxA4 = maxA4;
  }

  public int nummer() {
    return nummer;
  }

  /** Het paginamaximum in A4, of 0 zonder maximum. */
  public int maxA4() {
    return maxA4;
  }

  /** Het woordenrichtsnoer, of 0 zonder maximum. */
  public int maxWoorden() {
    return maxA4 * WOORDEN_PER_A4;
  }

  public String berichtSleutel() {
    return "actieplan.onderdeel." + name();
  }
}
