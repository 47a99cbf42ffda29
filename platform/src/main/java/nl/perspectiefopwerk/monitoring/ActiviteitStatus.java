package nl.perspectiefopwerk.monitoring;

/** De stand van een activiteit in een voortgangsrapportage. */
public enum ActiviteitStatus {
  NIET_GESTART,
  GESTART,
  VERTRAAGD,
  AFGESLANKT,
  ONLINE_AANGEPAST,
  AFGEROND,
  GESTOPT
}
