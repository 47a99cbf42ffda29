package nl.perspectiefopwerk.leeragenda;

/** De zes thema's van de leeragenda (002 l.444-456): twee strategische en vier instrumentele. */
public enum Thema {
  COMPETENTIEGERICHT_WERKEN(true),
  WERKENDE_SAMENWERKING(true),
  OPEN_HIRING(false),
  MATCHINGEVENTS(false),
  MATCHINGTOOLS_APPS(false),
  AANPAK_GROTE_WERVING(false);

  private final boolean strategisch;

  Thema(boolean strategisch) {
    this.strategisch = strategisch;
  }

  public boolean isStrategisch() {
    return strategisch;
  }
}
