package nl.perspectiefopwerk.scholing;

/** Waarmee een traject eindigt. Welke uitkomst bij welk type past, staat in {@code domain.Uitkomstbeleid}. */
public enum Opleidingsuitkomst {
  PRAKTIJKVERKLARING,
  CERTIFICAAT,
  DIPLOMA,
  GESTOPT
}
