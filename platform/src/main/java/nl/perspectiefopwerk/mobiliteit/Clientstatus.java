package nl.perspectiefopwerk.mobiliteit;

/** De route van een RMT-client; de overgangen staan in {@code domain.Clientlevenscyclus}. */
public enum Clientstatus {
  AANGEMELD,
  IN_BEHANDELING,
  AFGESLOTEN,
  NIET_IN_AANMERKING
}
