package nl.perspectiefopwerk.mobiliteit;

/** Soort organisatie in of rond het RMT: leden (gemeenten, UWV, vakbonden) en partners. */
public enum Lidsoort {
  GEMEENTE,
  UWV,
  VAKBOND,
  WERKGEVERSORGANISATIE,
  ONDERWIJS,
  SBB,
  LEERWERKLOKET,
  UITZENDBUREAU,
  OVERIG
}
