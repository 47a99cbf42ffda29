package nl.perspectiefopwerk.bemiddeling;

/** Het verloop van een plaatsing; zie {@code domain.Plaatsingsverloop} voor de overgangen. */
public enum PlaatsingStatus {
  /** Gestart (of gepland met een startdatum); de nazorg loopt. */
  GESTART,
  /** Het laatste nazorgcontact bevestigt dat de kandidaat nog aan het werk is. */
  DUURZAAM,
  /** Uitgevallen (of om een andere reden beëindigd) voordat de plaatsing duurzaam was. */
  BEEINDIGD
}
