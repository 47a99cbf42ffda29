package nl.perspectiefopwerk.actieplan;

import static nl.perspectiefopwerk.actieplan.PlanStatus.AFGEWEZEN;
import static nl.perspectiefopwerk.actieplan.PlanStatus.CONCEPT;
import static nl.perspectiefopwerk.actieplan.PlanStatus.GEADVISEERD;
import static nl.perspectiefopwerk.actieplan.PlanStatus.GOEDGEKEURD;
import static nl.perspectiefopwerk.actieplan.PlanStatus.INGEDIEND;
import static nl.perspectiefopwerk.actieplan.PlanStatus.IN_HERZIENING;
import static nl.perspectiefopwerk.actieplan.PlanStatus.TERUGGESTUURD;
import static nl.perspectiefopwerk.actieplan.PlanStatus.VOLLEDIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.actieplan.domain.Planlevensloop;
import nl.perspectiefopwerk.actieplan.domain.Planlevensloop.Overgang;
import org.junit.jupiter.api.Test;

/** Alle 8 × 8 paren van statussen: precies de overgangen uit de tabel zijn toegestaan. */
class PlanlevensloopTest {

  static final Map<PlanStatus, Set<PlanStatus>> VERWACHT = Map.of(
      CONCEPT, EnumSet.of(INGEDIEND),
      INGEDIEND, EnumSet.of(VOLLEDIG, TERUGGESTUURD),
      TERUGGESTUURD, EnumSet.of(INGEDIEND),
      VOLLEDIG, EnumSet.of(GEADVISEERD),
      GEADVISEERD, EnumSet.of(GOEDGEKEURD, AFGEWEZEN),
      AFGEWEZEN, EnumSet.of(INGEDIEND),
      GOEDGEKEURD, EnumSet.of(IN_HERZIENING),
      IN_HERZIENING, EnumSet.of(GOEDGEKEURD));

  @Test
  void elkPaarVanStatussen() {
    int toegestaan = 0;
    for (PlanStatus van : PlanStatus.values()) {
      for (PlanStatus naar : PlanStatus.values()) {
        Overgang o = Planlevensloop.beoordeel(van, naar);
        boolean mag = VERWACHT.get(van).contains(naar);
        assertThat(o).as(van + " → " + naar).isInstanceOf(mag ? Overgang.Toegestaan.class : Overgang.Afgewezen.class);
        if (o instanceof Overgang.Afgewezen a) assertThat(a.reden()).isEqualTo("actieplan.overgang.afgewezen");
        if (mag) toegestaan++;
      }
      assertThat(Planlevensloop.mogelijkVanuit(van)).isEqualTo(VERWACHT.get(van));
    }
    assertThat(toegestaan).isEqualTo(10);
  }

  @Test
  void nooitNaarDezelfdeStatusOfTerugNaarConcept() {
    for (PlanStatus s : PlanStatus.values()) {
      assertThat(Planlevensloop.beoordeel(s, s)).isInstanceOf(Overgang.Afgewezen.class);
      assertThat(Planlevensloop.beoordeel(s, CONCEPT)).isInstanceOf(Overgang.Afgewezen.class);
    }
  }

  @Test
  void bewerkbaarAlleenVoorDeRegio() {
    assertThat(EnumSet.allOf(PlanStatus.class).stream().filter(PlanStatus::bewerkbaar))
        .containsExactlyInAnyOrder(CONCEPT, TERUGGESTUURD, AFGEWEZEN, IN_HERZIENING);
  }

  @Test
  void nullIsGeenStatus() {
    assertThatThrownBy(() -> Planlevensloop.beoordeel(null, INGEDIEND)).isInstanceOf(IllegalArgumentException.class);
  }
}
