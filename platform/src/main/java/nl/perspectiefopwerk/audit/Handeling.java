package nl.perspectiefopwerk.audit;

/** Wat er met het persoonsgegeven gebeurde. */
public enum Handeling {
  INZIEN,
  WIJZIGEN,
  AANMAKEN,
  VERWIJDEREN,
  EXPORTEREN;

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
