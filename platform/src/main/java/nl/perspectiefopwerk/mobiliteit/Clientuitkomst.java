package nl.perspectiefopwerk.mobiliteit;

/** Waarmee de ondersteuning eindigde. */
public enum Clientuitkomst {
  NIEUW_WERK,
  WERK_BEHOUDEN,
  SCHOLING,
  GEEN_WERK,
  AFGEHAAKT
}
