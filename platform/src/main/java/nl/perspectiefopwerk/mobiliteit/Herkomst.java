package nl.perspectiefopwerk.mobiliteit;

/** Hoe de client bij de regionale voordeur kwam. */
public enum Herkomst {
  ZELFMELDING,
  GEMEENTE,
  UWV,
  VAKBOND,
  WERKGEVER
}
