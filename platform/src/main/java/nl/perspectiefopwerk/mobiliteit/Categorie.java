package nl.perspectiefopwerk.mobiliteit;

/** De vier doelgroepen van de RMT's (001 l.266-268). */
public enum Categorie {
  ZELFSTANDIG_ONDERNEMER,
  WERKNEMER_IN_LOONDIENST,
  NIET_UITKERINGSGERECHTIGD,
  WW
}
