package nl.perspectiefopwerk.werkgever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.perspectiefopwerk.werkgever.domain.WerkplekLevenscyclus;
import nl.perspectiefopwerk.werkgever.domain.WerkplekLevenscyclus.Overgang;
import org.junit.jupiter.api.Test;

/** De overgangstabel, exhaustief: elk paar (van, naar) is precies één keer beoordeeld. */
class WerkplekLevenscyclusTest {

  private static final Set<String> TOEGESTAAN =
      Set.of("OPEN->VERVULD", "OPEN->GESLOTEN", "VERVULD->OPEN", "GESLOTEN->OPEN");

  @Test
  void alleenDeVierGenoemdeOvergangenZijnToegestaan() {
    int toegestaan = 0;
    for (WerkplekStatus van : WerkplekStatus.values()) {
      for (WerkplekStatus naar : WerkplekStatus.values()) {
        Overgang o = WerkplekLevenscyclus.beoordeel(van, naar);
        boolean verwacht = TOEGESTAAN.contains(van + "->" + naar);
        assertThat(o).as(van + " -> " + naar).isInstanceOf(verwacht ? Overgang.Toegestaan.class : Overgang.Afgewezen.class);
        if (verwacht) toegestaan++;
        assertThat(WerkplekLevenscyclus.mogelijkVanuit(van).contains(naar)).isEqualTo(verwacht);
      }
    }
    assertThat(toegestaan).isEqualTo(TOEGESTAAN.size());
  }

  @Test
  void afwijzingDraagtEenRedenEnNaarDezelfdeStatusMagNiet() {
    assertThat(WerkplekLevenscyclus.beoordeel(WerkplekStatus.VERVULD, WerkplekStatus.GESLOTEN))
        .isEqualTo(new Overgang.Afgewezen(WerkplekStatus.VERVULD, WerkplekStatus.GESLOTEN, "werkgever.status.afgewezen"));
    assertThat(WerkplekLevenscyclus.beoordeel(WerkplekStatus.OPEN, WerkplekStatus.OPEN)).isInstanceOf(Overgang.Afgewezen.class);
  }

  @Test
  void alleenNaarOpenIsOpenstellen() {
    assertThat(((Overgang.Toegestaan) WerkplekLevenscyclus.beoordeel(WerkplekStatus.GESLOTEN, WerkplekStatus.OPEN)).opent()).isTrue();
    assertThat(((Overgang.Toegestaan) WerkplekLevenscyclus.beoordeel(WerkplekStatus.OPEN, WerkplekStatus.VERVULD)).opent()).isFalse();
  }

  @Test
  void zonderStatusGeenBeoordeling() {
    assertThatThrownBy(() -> WerkplekLevenscyclus.beoordeel(null, WerkplekStatus.OPEN)).isInstanceOf(IllegalArgumentException.class);
  }
}
