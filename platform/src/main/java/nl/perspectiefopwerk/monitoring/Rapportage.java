package nl.perspectiefopwerk.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Een periodieke voortgangsrapportage van een regio. */
public record Rapportage(UUID id, String regiocode, String periode, int gerealiseerdeMatches, String knelpunten, String toelichting,
    String door, Instant ingediendOp, List<Activiteitstand> activiteiten) {

  public Rapportage {
    activiteiten = List.copyOf(activiteiten);
  }

  public record Activiteitstand(UUID activiteitId, ActiviteitStatus status, String toelichting) {}
}
