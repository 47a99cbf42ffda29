package nl.perspectiefopwerk.actieplan;

/** Wethouder van de centrumgemeente, de werkgeversvertegenwoordiger, of een mede-ondertekenaar. */
public enum OndertekenaarSoort {
  WETHOUDER,
  WERKGEVER,
  MEDE
}
