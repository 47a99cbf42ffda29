package nl.perspectiefopwerk.matching.domain;

import java.util.Comparator;
import java.util.UUID;

/** Eén resultaat: het id van de kandidaat of werkplek en de totale score. */
public record Treffer(UUID id, int score) {

  /** Hoogste score eerst; bij gelijke score het kleinste id (zoals {@link UUID#compareTo}). */
  public static final Comparator<Treffer> VOLGORDE =
      Comparator.comparingInt((Treffer t) -> -t.score()).thenComparing(Treffer::id);
}
