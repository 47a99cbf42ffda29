package nl.perspectiefopwerk.leeragenda;

/** Wat er in de bibliotheek staat. */
public enum Itemsoort {
  PRODUCT,
  GOEDE_PRAKTIJK,
  LES
}
