package nl.perspectiefopwerk.kandidaat;

/** Uitkomst van een intake of importregel. */
public sealed interface IntakeUitkomst {

  /** Nieuwe kandidaat aangemaakt. */
  record Aangemaakt(KandidaatId id) implements IntakeUitkomst {}

  /** De persoon was al bekend (zelfde BSN of zelfde bron en extern nummer); gegevens bijgewerkt. */
  record Bijgewerkt(KandidaatId id) implements IntakeUitkomst {}

  /** Ongeldig; niets opgeslagen. */
  record Afgekeurd(Veldfouten fouten) implements IntakeUitkomst {}
}
