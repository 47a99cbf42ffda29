package nl.perspectiefopwerk.werkgever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.perspectiefopwerk.werkgever.domain.Screening;
import nl.perspectiefopwerk.werkgever.domain.Screening.Overgang;
import org.junit.jupiter.api.Test;

/** De screening door het werkgeversservicepunt, exhaustief: elk paar (van, naar) precies één keer beoordeeld. */
class ScreeningTest {

  private static final Set<String> TOEGESTAAN = Set.of(
      "NIET_GESCREEND->GESCREEND", "NIET_GESCREEND->AFGEWEZEN", "GESCREEND->AFGEWEZEN", "AFGEWEZEN->GESCREEND");

  @Test
  void alleenDeGenoemdeOvergangenZijnToegestaan() {
    int beoordeeld = 0;
    for (Screeningstatus van : Screeningstatus.values()) {
      for (Screeningstatus naar : Screeningstatus.values()) {
        boolean verwacht = TOEGESTAAN.contains(van + "->" + naar);
        assertThat(Screening.beoordeel(van, naar)).as(van + " -> " + naar)
            .isInstanceOf(verwacht ? Overgang.Toegestaan.class : Overgang.Afgewezen.class);
        assertThat(Screening.mogelijkVanuit(van).contains(naar)).as(van + " -> " + naar).isEqualTo(verwacht);
        beoordeeld++;
      }
    }
    assertThat(beoordeeld).isEqualTo(9);
  }

  @Test
  void alleenEenGescreendeWerkgeverZoektEnAfwijzingenDragenEenSleutel() {
    assertThat(Screening.magZoeken(Screeningstatus.GESCREEND)).isTrue();
    assertThat(Screening.magZoeken(Screeningstatus.NIET_GESCREEND)).isFalse();
    assertThat(Screening.magZoeken(Screeningstatus.AFGEWEZEN)).isFalse();
    assertThat(Screening.beoordeel(Screeningstatus.GESCREEND, Screeningstatus.NIET_GESCREEND))
        .isEqualTo(new Overgang.Afgewezen(Screeningstatus.GESCREEND, Screeningstatus.NIET_GESCREEND, "werkgever.screening.afgewezenOvergang"));
    assertThatThrownBy(() -> Screening.beoordeel(null, Screeningstatus.GESCREEND)).isInstanceOf(IllegalArgumentException.class);
  }
}
