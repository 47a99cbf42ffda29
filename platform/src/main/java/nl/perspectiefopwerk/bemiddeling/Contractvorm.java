package nl.perspectiefopwerk.bemiddeling;

/** De vorm van het contract van een plaatsing. */
public enum Contractvorm {
  ARBEIDSOVEREENKOMST_BEPAALDE_TIJD,
  ARBEIDSOVEREENKOMST_ONBEPAALDE_TIJD,
  LEERWERKOVEREENKOMST,
  BASISBAAN,
  PROEFPLAATSING,
  UITZENDOVEREENKOMST,
  DETACHERING
}
