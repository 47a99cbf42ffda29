package nl.perspectiefopwerk.mobiliteit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Het RMT van een regio met zijn leden en partners. */
public record Team(UUID id, String regiocode, String naam, LocalDate operationeelSinds, List<Teamlid> leden, int versie) {

  public record Teamlid(UUID id, String naam, Lidsoort soort, boolean partner) {}
}
