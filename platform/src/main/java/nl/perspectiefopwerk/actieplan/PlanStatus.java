package nl.perspectiefopwerk.actieplan;

/**
 * De levensloop van een doe-agenda (seed-requirements §4.2). De overgangen staan in {@link
 * nl.perspectiefopwerk.actieplan.domain.Planlevensloop}.
 */
public enum PlanStatus {
  CONCEPT,
  INGEDIEND,
  TERUGGESTUURD,
  VOLLEDIG,
  GEADVISEERD,
  GOEDGEKEURD,
  AFGEWEZEN,
  IN_HERZIENING;

  /** Mag de regiocoördinator de inhoud wijzigen? */
  public boolean bewerkbaar() {
    return this == CONCEPT || this == TERUGGESTUURD || this == AFGEWEZEN || this == IN_HERZIENING;
  }
}
