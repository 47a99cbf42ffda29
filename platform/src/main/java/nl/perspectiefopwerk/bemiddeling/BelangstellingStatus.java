package nl.perspectiefopwerk.bemiddeling;

/** De stappen van de belangstellingsroute; zie {@code domain.Belangstellingsroute} voor de overgangen. */
public enum BelangstellingStatus {
  AANGEVRAAGD,
  KANDIDAAT_AKKOORD,
  KANDIDAAT_WEIGERT,
  INGETROKKEN,
  GESPREK_GEPLAND,
  MATCH,
  GEEN_MATCH,
  VERVOLG;

  /** Heeft de kandidaat ingestemd (en is de route daarna verder gegaan)? */
  public boolean naAkkoord() {
    return this == KANDIDAAT_AKKOORD || this == GESPREK_GEPLAND || this == MATCH || this == GEEN_MATCH || this == VERVOLG;
  }
}
