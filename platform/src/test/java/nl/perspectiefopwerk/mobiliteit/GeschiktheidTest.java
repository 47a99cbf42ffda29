package nl.perspectiefopwerk.mobiliteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.perspectiefopwerk.mobiliteit.domain.Geschiktheid;
import nl.perspectiefopwerk.mobiliteit.domain.Geschiktheid.Uitkomst;
import org.junit.jupiter.api.Test;

/** Wie bij het RMT terecht kan: baanverlies op of na 12 maart 2020; jongere onder 27. */
class GeschiktheidTest {

  private static final LocalDate VANDAAG = LocalDate.of(2021, 10, 1);

  @Test
  void peildatumTwaalfMaart2020() {
    assertThat(Geschiktheid.beoordeel(LocalDate.of(2020, 3, 11), false, VANDAAG)).isEqualTo(new Uitkomst.Afgewezen("mobiliteit.fout.voorPeildatum"));
    assertThat(Geschiktheid.beoordeel(LocalDate.of(2020, 3, 12), false, VANDAAG)).isInstanceOf(Uitkomst.Toegestaan.class);
    assertThat(Geschiktheid.beoordeel(null, false, VANDAAG)).isEqualTo(new Uitkomst.Afgewezen("mobiliteit.fout.datum"));
  }

  @Test
  void toekomstigeDatumAlleenBijDreigendVerlies() {
    LocalDate volgendeMaand = VANDAAG.plusMonths(1);
    assertThat(Geschiktheid.beoordeel(volgendeMaand, false, VANDAAG)).isEqualTo(new Uitkomst.Afgewezen("mobiliteit.fout.datumToekomst"));
    assertThat(Geschiktheid.beoordeel(volgendeMaand, true, VANDAAG)).isInstanceOf(Uitkomst.Toegestaan.class);
    assertThat(Geschiktheid.beoordeel(VANDAAG.plusYears(2), true, VANDAAG)).isInstanceOf(Uitkomst.Afgewezen.class);
  }

  @Test
  void jongereIsJongerDan27() {
    assertThat(Geschiktheid.isJongere(VANDAAG.minusYears(27).plusDays(1), VANDAAG)).isTrue();
    assertThat(Geschiktheid.isJongere(VANDAAG.minusYears(27), VANDAAG)).isFalse();
    assertThat(Geschiktheid.isJongere(null, VANDAAG)).isFalse();
  }
}
