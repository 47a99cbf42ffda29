package nl.perspectiefopwerk.financiering;

/** De voorwaarden voor de tweede tranche (oproep: "bij goede voortgang"). */
public enum Voorwaarde {
  GOEDE_VOORTGANG,
  AANWEZIGHEID,
  RAPPORTAGE,
  MEDEWERKING_MONITORING
}
