package nl.perspectiefopwerk.bemiddeling;

/** De uitkomst van een nazorgcontact; zie {@code domain.Nazorg}. */
public enum Nazorgstatus {
  OPEN,
  IN_WERK,
  UITGEVALLEN,
  /** Niet meer nodig: de plaatsing is eerder beëindigd. */
  VERVALLEN
}
