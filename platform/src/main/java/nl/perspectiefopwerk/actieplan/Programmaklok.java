package nl.perspectiefopwerk.actieplan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Vandaag" voor de programmacyclus: een {@link Clock} (in tests vast te zetten), eventueel verschoven naar
 * {@code pow.programma.vandaag} zodat je in 2026 de kalender van 2019 kunt doorlopen.
 */
public final class Programmaklok {

  public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  private final Clock klok;
  private final Clock basis;
  private final boolean gesimuleerd;

  public Programmaklok(Clock basis, LocalDate vandaag) {
    this.basis = basis;
    if (vandaag == null) {
      this.klok = basis;
      this.gesimuleerd = false;
    } else {
      LocalDate echt = LocalDate.now(basis.withZone(TIJDZONE));
      this.klok = Clock.offset(basis, Duration.between(echt.atStartOfDay(TIJDZONE), vandaag.atStartOfDay(TIJDZONE)));
      this.gesimuleerd = true;
    }
  }

  public Instant nu() {
    return klok.instant();
  }

  public LocalDate vandaag() {
    return LocalDate.ofInstant(klok.instant(), TIJDZONE);
  }

  /**
   * De laatste datum die als "niet in de toekomst" geldt (ondertekening, besteding): de echte datum of de ingestelde,
   * welke later is. Zo blijven vastgelegde feiten uit het verleden geldig als je de kalender van 2019 naspeelt.
   */
  public LocalDate laatsteToegestaneDatum() {
    LocalDate echt = LocalDate.ofInstant(basis.instant(), TIJDZONE);
    LocalDate nu = vandaag();
    return echt.isAfter(nu) ? echt : nu;
  }

  public boolean gesimuleerd() {
    return gesimuleerd;
  }
}
