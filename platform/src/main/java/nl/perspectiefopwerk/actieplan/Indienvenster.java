package nl.perspectiefopwerk.actieplan;

/** In welk venster een plan is ingediend, en dus in welke circulaire de eerste tranche valt. */
public enum Indienvenster {
  SEPTEMBERCIRCULAIRE,
  DECEMBERCIRCULAIRE
}
