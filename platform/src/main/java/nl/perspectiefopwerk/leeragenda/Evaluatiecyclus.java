package nl.perspectiefopwerk.leeragenda;

import java.time.LocalDate;
import java.util.UUID;

/** Een cyclus (feedbackloop) van de lerende evaluatie. */
public record Evaluatiecyclus(UUID id, int nummer, String naam, LocalDate van, LocalDate tot, Cyclusstatus status, int versie) {

  public enum Cyclusstatus {
    OPEN,
    AFGEROND
  }
}
