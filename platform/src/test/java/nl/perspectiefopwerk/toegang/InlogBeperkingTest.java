package nl.perspectiefopwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.perspectiefopwerk.toegang.config.BeveiligingProperties;
import nl.perspectiefopwerk.toegang.config.BeveiligingProperties.EersteBeheerder;
import nl.perspectiefopwerk.toegang.config.BeveiligingProperties.Inlogpogingen;
import nl.perspectiefopwerk.toegang.config.InlogBeperking;
import org.junit.jupiter.api.Test;

class InlogBeperkingTest {

  final InlogBeperking beperking =
      new InlogBeperking(new BeveiligingProperties(false, new Inlogpogingen(3, Duration.ofMinutes(15)), new EersteBeheerder(null, null)));

  @Test
  void blokkeertNaHetMaximumEnNietErvoor() {
    beperking.mislukt("Werkgever@AM25");
    beperking.mislukt("werkgever@am25");
    assertThat(beperking.isGeblokkeerd("werkgever@am25")).isFalse();
    beperking.mislukt("werkgever@am25 ");
    assertThat(beperking.isGeblokkeerd("WERKGEVER@am25")).isTrue();
    assertThat(beperking.isGeblokkeerd("regioloket@am25")).isFalse();
  }

  @Test
  void eenGeslaagdeInlogWistDeTeller() {
    beperking.mislukt("a@nl");
    beperking.mislukt("a@nl");
    beperking.gelukt("a@nl");
    beperking.mislukt("a@nl");
    assertThat(beperking.isGeblokkeerd("a@nl")).isFalse();
  }

  @Test
  void deBlokkadeVerlooptNaDeIngesteldeDuur() {
    MutableClock klok = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    InlogBeperking b = InlogBeperking.metKlok(new Inlogpogingen(2, Duration.ofMinutes(15)), klok);
    b.mislukt("x@nl");
    b.mislukt("x@nl");
    assertThat(b.isGeblokkeerd("x@nl")).isTrue();
    klok.nu = klok.nu.plus(Duration.ofMinutes(16));
    assertThat(b.isGeblokkeerd("x@nl")).isFalse();
  }

  static final class MutableClock extends Clock {
    Instant nu;

    MutableClock(Instant nu) {
      this.nu = nu;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return nu;
    }
  }
}
