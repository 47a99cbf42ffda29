package nl.perspectiefopwerk.kandidaat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.perspectiefopwerk.kandidaat.domain.Volledigheid.Punt;
import org.junit.jupiter.api.Test;

class VolledigheidTest {

  @Test
  void eenVolledigProfielScoortHonderdProcent() {
    var u = Volledigheid.bepaal(1, 3, 1, 1, true, true);
    assertThat(u.procent()).isEqualTo(100);
    assertThat(u.ontbreekt()).isEmpty();
  }

  @Test
  void eenLeegProfielScoortNulEnNoemtAllePunten() {
    var u = Volledigheid.bepaal(0, 0, 0, 0, false, false);
    assertThat(u.procent()).isZero();
    assertThat(u.ontbreekt()).containsExactly(Punt.values());
  }

  @Test
  void minderDanDrieVaardighedenTeltAlsOntbrekend() {
    var u = Volledigheid.bepaal(1, 2, 1, 1, true, true);
    assertThat(u.ontbreekt()).containsExactly(Punt.VAARDIGHEDEN);
    assertThat(u.procent()).isEqualTo(83);
  }
}
