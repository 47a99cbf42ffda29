package nl.perspectiefopwerk.leeragenda;

/** Regionale context: hoe stedelijk de regio is. */
public enum Stedelijkheid {
  STEDELIJK,
  GEMENGD,
  LANDELIJK
}
