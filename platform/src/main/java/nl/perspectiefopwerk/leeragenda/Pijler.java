package nl.perspectiefopwerk.leeragenda;

/** De pijlers van Perspectief op Werk. */
public enum Pijler {
  AANBOD,
  VRAAG,
  ROUTE,
  SCHOLING
}
