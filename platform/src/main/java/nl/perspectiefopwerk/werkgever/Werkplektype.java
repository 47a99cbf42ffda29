package nl.perspectiefopwerk.werkgever;

/** Soorten werkplekken. */
public enum Werkplektype {
  REGULIERE_BAAN,
  LEERWERKPLEK,
  BASISBAAN,
  PROEFPLAATS
}
