package nl.perspectiefopwerk.leeragenda;

/** De vorm van een product. */
public enum Productvorm {
  DOCUMENT,
  VIDEO,
  LINK
}
