package nl.perspectiefopwerk.mobiliteit;

/** De dienstverlening van het RMT (001 l.241-256). */
public enum Dienstsoort {
  PERSOONLIJKE_ONDERSTEUNING,
  BIJ_EN_OMSCHOLING,
  PRAKTIJKLEREN,
  TIJDELIJKE_IMPULS_BANENAFSPRAAK
}
