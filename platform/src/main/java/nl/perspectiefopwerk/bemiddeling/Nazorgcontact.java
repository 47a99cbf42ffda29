package nl.perspectiefopwerk.bemiddeling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Een nazorgcontact (check-in) van een plaatsing, {@code maand} maanden na de start.
 *
 * @param activiteiten wat de jobcoach deed (begeleiding op de werkvloer, gesprek met de leidinggevende, ...)
 */
public record Nazorgcontact(
    PlaatsingId plaatsing, int maand, LocalDate geplandOp, Nazorgstatus status, String reden, String activiteiten,
    Instant vastgelegdOp, String vastgelegdDoor) {

  /** Staat het contact open terwijl de geplande datum voorbij is? */
  public boolean teLaat(LocalDate vandaag) {
    return status == Nazorgstatus.OPEN && geplandOp.isBefore(vandaag);
  }
}
