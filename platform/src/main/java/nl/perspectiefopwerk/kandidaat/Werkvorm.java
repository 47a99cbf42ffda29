package nl.perspectiefopwerk.kandidaat;

/** Soort werkplek, in volgorde van voorkeur: regulier gaat voor leerwerkplek, die voor basisbaan. */
public enum Werkvorm {
  REGULIER,
  LEERWERKPLEK,
  BASISBAAN
}
