package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.perspectiefopwerk.bemiddeling.domain.Belangstellingsroute;
import nl.perspectiefopwerk.bemiddeling.domain.Belangstellingsroute.Overgang;
import org.junit.jupiter.api.Test;

/** De overgangstabel, exhaustief: elk paar (van, naar) is precies één keer beoordeeld. */
class BelangstellingsrouteTest {

  private static final Set<String> TOEGESTAAN = Set.of(
      "AANGEVRAAGD->KANDIDAAT_AKKOORD", "AANGEVRAAGD->KANDIDAAT_WEIGERT", "AANGEVRAAGD->INGETROKKEN",
      "KANDIDAAT_AKKOORD->GESPREK_GEPLAND",
      "GESPREK_GEPLAND->MATCH", "GESPREK_GEPLAND->GEEN_MATCH", "GESPREK_GEPLAND->VERVOLG",
      "VERVOLG->GESPREK_GEPLAND");

  @Test
  void alleenDeGenoemdeOvergangenZijnToegestaan() {
    int beoordeeld = 0;
    int toegestaan = 0;
    for (BelangstellingStatus van : BelangstellingStatus.values()) {
      for (BelangstellingStatus naar : BelangstellingStatus.values()) {
        Overgang o = Belangstellingsroute.beoordeel(van, naar);
        boolean verwacht = TOEGESTAAN.contains(van + "->" + naar);
        assertThat(o).as(van + " -> " + naar).isInstanceOf(verwacht ? Overgang.Toegestaan.class : Overgang.Afgewezen.class);
        assertThat(Belangstellingsroute.mogelijkVanuit(van).contains(naar)).as(van + " -> " + naar).isEqualTo(verwacht);
        if (verwacht) toegestaan++;
        beoordeeld++;
      }
    }
    assertThat(beoordeeld).isEqualTo(BelangstellingStatus.values().length * BelangstellingStatus.values().length);
    assertThat(toegestaan).isEqualTo(TOEGESTAAN.size());
  }

  @Test
  void eindstatussenHebbenGeenVervolgstap() {
    for (BelangstellingStatus eind : Set.of(BelangstellingStatus.MATCH, BelangstellingStatus.GEEN_MATCH,
        BelangstellingStatus.KANDIDAAT_WEIGERT, BelangstellingStatus.INGETROKKEN)) {
      assertThat(Belangstellingsroute.mogelijkVanuit(eind)).as(eind.name()).isEmpty();
    }
  }

  @Test
  void afwijzingDraagtEenSleutel() {
    assertThat(Belangstellingsroute.beoordeel(BelangstellingStatus.AANGEVRAAGD, BelangstellingStatus.MATCH))
        .isEqualTo(new Overgang.Afgewezen(BelangstellingStatus.AANGEVRAAGD, BelangstellingStatus.MATCH, "bemiddeling.overgang.afgewezen"));
    assertThatThrownBy(() -> Belangstellingsroute.beoordeel(null, BelangstellingStatus.MATCH)).isInstanceOf(IllegalArgumentException.class);
  }
}
