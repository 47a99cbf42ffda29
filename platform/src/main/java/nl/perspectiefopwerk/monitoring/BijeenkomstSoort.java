package nl.perspectiefopwerk.monitoring;

/** Landelijke bijeenkomst (regio's en ondersteuningsteam), stuurgroepvergadering of bestuurlijk overleg. */
public enum BijeenkomstSoort {
  LANDELIJK,
  STUURGROEP,
  BESTUURLIJK_OVERLEG
}
