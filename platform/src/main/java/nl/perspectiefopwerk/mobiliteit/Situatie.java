package nl.perspectiefopwerk.mobiliteit;

/** Baan verloren of met verlies bedreigd (sinds 12 maart 2020). */
public enum Situatie {
  BAAN_VERLOREN,
  BAAN_BEDREIGD
}
