package nl.perspectiefopwerk.beoordeling;

/** De vijf criteria van de stuurgroep (seed-requirements §5.10). */
public enum Criterium {
  ONDERSCHRIJFT_DOELEN,
  ALLE_ONDERDELEN,
  LIJN_ANALYSE_AANPAK,
  CONCRETE_STAPPEN,
  AFGESTEMD_MET_PARTNERS
}
