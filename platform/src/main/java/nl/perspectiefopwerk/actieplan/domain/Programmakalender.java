package nl.perspectiefopwerk.actieplan.domain;

import java.time.LocalDate;
import java.util.Optional;
import nl.perspectiefopwerk.actieplan.Indienvenster;

/**
 * Het indienvenster volgens de oproep: tot en met de eerste datum → septembercirculaire, daarna tot en met
 * de uiterste datum → decembercirculaire, later → geen venster (indienen geweigerd).
 */
public record Programmakalender(LocalDate septemberUiterlijk, LocalDate decemberUiterlijk) {

  public Programmakalender {
    if (septemberUiterlijk == null || decemberUiterlijk == null || !septemberUiterlijk.isBefore(decemberUiterlijk)) {
      throw new IllegalArgumentException("september-uiterlijk moet vóór december-uiterlijk liggen");
    }
  }

  public Optional<Indienvenster> venster(LocalDate ingediend) {
    if (!ingediend.isAfter(septemberUiterlijk)) return Optional.of(Indienvenster.SEPTEMBERCIRCULAIRE);
    if (!ingediend.isAfter(decemberUiterlijk)) return Optional.of(Indienvenster.DECEMBERCIRCULAIRE);
    return Optional.empty();
  }
}
