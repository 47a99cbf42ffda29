package nl.perspectiefopwerk.leeragenda;

/** Regionale context: de omvang van de arbeidsmarktregio (inwoners). */
public enum Omvang {
  KLEIN,
  MIDDEL,
  GROOT
}
