package nl.perspectiefopwerk.financiering;

/** De circulaires van het gemeentefonds waarin de tranches worden uitgekeerd. */
public enum Circulaire {
  SEPTEMBER_2019,
  DECEMBER_2019,
  MAART_2020
}
