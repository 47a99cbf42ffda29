package nl.perspectiefopwerk.actieplan;

/** De vier pijlers van de aanpak: aanbod, vraag, route en scholing. */
public enum Pijler {
  AANBOD,
  VRAAG,
  ROUTE,
  SCHOLING
}
