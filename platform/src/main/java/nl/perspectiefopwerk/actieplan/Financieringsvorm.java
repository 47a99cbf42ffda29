package nl.perspectiefopwerk.actieplan;

/** Hoe de centrumgemeente het geld voor een activiteit verstrekt. */
public enum Financieringsvorm {
  SUBSIDIE,
  OPDRACHT,
  DECLARATIE
}
