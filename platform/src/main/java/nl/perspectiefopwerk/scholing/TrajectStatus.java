package nl.perspectiefopwerk.scholing;

/** De levenscyclus van een traject; de overgangen staan in {@code domain.Trajectlevenscyclus}. */
public enum TrajectStatus {
  GEPLAND,
  LOPEND,
  AFGEROND,
  GESTOPT
}
