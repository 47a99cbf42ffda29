package nl.perspectiefopwerk.programmacyclus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.actieplan.Actieplan;
import nl.perspectiefopwerk.actieplan.ActieplanApi;
import nl.perspectiefopwerk.actieplan.PlanStatus;
import nl.perspectiefopwerk.financiering.Circulaire;
import nl.perspectiefopwerk.financiering.FinancieringApi;
import nl.perspectiefopwerk.financiering.FinancieringApi.Geldstroom;
import nl.perspectiefopwerk.financiering.Tranche;
import nl.perspectiefopwerk.financiering.TrancheStatus;
import nl.perspectiefopwerk.financiering.Voorwaarde;
import nl.perspectiefopwerk.monitoring.MonitoringApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** De demodata volgen de tijdlijn van 2019: 35 plannen, 9 in de septembercirculaire, 26 in december, één tranche 2 geweigerd. */
@PlatformTest
class ProgrammacyclusDemoIntegratieTest {

  @Autowired ActieplanApi actieplannen;
  @Autowired FinancieringApi financiering;
  @Autowired MonitoringApi monitoring;
  @Autowired nl.perspectiefopwerk.regio.RegioApi regios;

  @Test
  void alle35RegiosHebbenEenGoedgekeurdPlan() {
    List<Actieplan> plannen = actieplannen.plannen().stream().filter(p -> p.versienummer() > 0).toList();
    assertThat(plannen).hasSizeGreaterThanOrEqualTo(35);
    assertThat(plannen.stream().filter(p -> p.goedgekeurdOp() != null).count()).isGreaterThanOrEqualTo(35);
    assertThat(actieplannen.aantalPerStatus().get(PlanStatus.GOEDGEKEURD)).isGreaterThanOrEqualTo(35);
    assertThat(actieplannen.ambities()).hasSizeGreaterThanOrEqualTo(35);
    assertThat(actieplannen.activiteitenPerPijlerEnThema()).isNotEmpty();
    // vijf regio's kregen hun plan eenmaal terug, drie herzagen het na goedkeuring
    assertThat(plannen.stream().filter(p -> p.versienummer() >= 2).count()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void negenRegiosInSeptemberEn26InDecember() {
    // Alleen de 35 echte regio's: andere testklassen gebruiken verzonnen regio's (AM9x) in dezelfde database.
    Map<Circulaire, Long> perCirculaire = regios.regios().stream()
        .flatMap(r -> financiering.tranches(r.code()).stream()).filter(t -> t.nummer() == 1)
        .collect(Collectors.groupingBy(Tranche::circulaire, Collectors.counting()));
    assertThat(perCirculaire.get(Circulaire.SEPTEMBER_2019)).isEqualTo(9);
    assertThat(perCirculaire.get(Circulaire.DECEMBER_2019)).isEqualTo(26);
    Geldstroom september = financiering.geldPerCirculaireEnTranche().stream()
        .filter(g -> g.tranche() == 1 && g.circulaire() == Circulaire.SEPTEMBER_2019).findFirst().orElseThrow();
    assertThat(september.toegekendCent()).isEqualTo(september.aantalRegios() * 100_000_000L);
  }

  @Test
  void eenTweedeTrancheIsGeweigerdMetDeNietVervuldeVoorwaarden() {
    List<Tranche> geweigerd = actieplannen.plannen().stream().flatMap(p -> financiering.tranches(p.regiocode()).stream())
        .filter(t -> t.nummer() == 2 && t.status() == TrancheStatus.GEWEIGERD).toList();
    assertThat(geweigerd).isNotEmpty();
    assertThat(geweigerd.getFirst().nietVoldaan()).contains(Voorwaarde.AANWEZIGHEID, Voorwaarde.RAPPORTAGE);
    assertThat(geweigerd.getFirst().reden()).contains("Niet voldaan");
    assertThat(monitoring.aanwezigheidPerRegio()).hasSizeGreaterThanOrEqualTo(35);
    assertThat(financiering.saldoPerRegio()).allSatisfy(s -> assertThat(s.besteedCent()).isLessThanOrEqualTo(s.toegekendCent()));
  }
}
