package nl.perspectiefopwerk.werkgever;

/** De screening van een werkgever door het werkgeversservicepunt; zie {@code domain.Screening} voor de overgangen. */
public enum Screeningstatus {
  NIET_GESCREEND,
  GESCREEND,
  AFGEWEZEN
}
