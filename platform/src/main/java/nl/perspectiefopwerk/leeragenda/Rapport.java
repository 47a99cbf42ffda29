package nl.perspectiefopwerk.leeragenda;

import java.time.Instant;
import java.util.UUID;

/** Een tussen- of eindrapport van de lerende evaluatie (PDF). */
public record Rapport(UUID id, UUID cyclusId, Rapportsoort soort, String titel, String bestandsnaam, int grootte, String opgeslagenDoor,
    Instant opgeslagenOp) {

  public enum Rapportsoort {
    TUSSENRAPPORT,
    EINDRAPPORT
  }
}
