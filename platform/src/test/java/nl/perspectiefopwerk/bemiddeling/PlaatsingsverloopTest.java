package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.perspectiefopwerk.bemiddeling.domain.Plaatsingsverloop;
import nl.perspectiefopwerk.bemiddeling.domain.Plaatsingsverloop.Overgang;
import org.junit.jupiter.api.Test;

/** Het verloop van een plaatsing, exhaustief: elk paar (van, naar) precies één keer beoordeeld. */
class PlaatsingsverloopTest {

  private static final Set<String> TOEGESTAAN = Set.of("GESTART->DUURZAAM", "GESTART->BEEINDIGD");

  @Test
  void alleenDeGenoemdeOvergangenZijnToegestaan() {
    int beoordeeld = 0;
    for (PlaatsingStatus van : PlaatsingStatus.values()) {
      for (PlaatsingStatus naar : PlaatsingStatus.values()) {
        boolean verwacht = TOEGESTAAN.contains(van + "->" + naar);
        assertThat(Plaatsingsverloop.beoordeel(van, naar)).as(van + " -> " + naar)
            .isInstanceOf(verwacht ? Overgang.Toegestaan.class : Overgang.Afgewezen.class);
        assertThat(Plaatsingsverloop.mogelijkVanuit(van).contains(naar)).as(van + " -> " + naar).isEqualTo(verwacht);
        beoordeeld++;
      }
    }
    assertThat(beoordeeld).isEqualTo(9);
  }

  @Test
  void duurzaamEnBeeindigdZijnEindtoestanden() {
    assertThat(Plaatsingsverloop.mogelijkVanuit(PlaatsingStatus.DUURZAAM)).isEmpty();
    assertThat(Plaatsingsverloop.mogelijkVanuit(PlaatsingStatus.BEEINDIGD)).isEmpty();
    assertThat(Plaatsingsverloop.beoordeel(PlaatsingStatus.DUURZAAM, PlaatsingStatus.BEEINDIGD))
        .isEqualTo(new Overgang.Afgewezen(PlaatsingStatus.DUURZAAM, PlaatsingStatus.BEEINDIGD, "bemiddeling.plaatsing.overgangAfgewezen"));
    assertThatThrownBy(() -> Plaatsingsverloop.beoordeel(PlaatsingStatus.GESTART, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
