package nl.perspectiefopwerk.werkgever;

/** De levenscyclus van een werkplek; de toegestane overgangen staan in {@code domain.WerkplekLevenscyclus}. */
public enum WerkplekStatus {
  OPEN,
  VERVULD,
  GESLOTEN
}
