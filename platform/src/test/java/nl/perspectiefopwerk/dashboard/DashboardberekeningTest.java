package nl.perspectiefopwerk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.perspectiefopwerk.dashboard.Dashboardberekening;
import nl.perspectiefopwerk.dashboard.Dashboardberekening.Koers;
import nl.perspectiefopwerk.dashboard.Dashboardberekening.Stap;
import nl.perspectiefopwerk.dashboard.GeldFeit;
import nl.perspectiefopwerk.dashboard.Maandfeit;
import nl.perspectiefopwerk.dashboard.Onderdrukking;
import nl.perspectiefopwerk.dashboard.RegioFeiten;
import org.junit.jupiter.api.Test;

class DashboardberekeningTest {

  static RegioFeiten regio(String code, long plaatsingen, Integer ambitie, LocalDate start) {
    return new RegioFeiten(code, "Regio " + code, 500, 300, 200, 20, 80, 40, plaatsingen, plaatsingen / 2, 3, ambitie,
        ambitie == null ? "CONCEPT" : "GOEDGEKEURD", start, start == null ? null : start.plusYears(2), 100_000_000, 100_000_000, 40_000_000,
        4, 3, Set.of("open hiring", "matchingevents"), Set.of("vraag", "route"));
  }

  @Test
  void deTrechterTeltAlleRegiosPerStapOp() {
    var t = Dashboardberekening.trechter(List.of(regio("AM01", 30, 100, null), regio("AM02", 12, null, null)));
    assertThat(t).extracting(Dashboardberekening.TrechterStap::stap).containsExactly(Stap.values());
    assertThat(t.get(0).aantal()).isEqualTo(1000);
    assertThat(t.get(5).aantal()).isEqualTo(42);
    assertThat(t.get(6).aantal()).isEqualTo(15 + 6);
  }

  @Test
  void deKoersVergelijktPlaatsingenMetHetNaarTijdEvenredigeDeelVanDeAmbitie() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    LocalDate halverwege = start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, start.plusYears(2)) / 2);
    var r = Dashboardberekening.realisatie(List.of(
        regio("AM01", 55, 100, start), regio("AM02", 50, 100, start), regio("AM03", 44, 100, start), regio("AM04", 3, null, null)), halverwege);
    assertThat(r).extracting(Dashboardberekening.Realisatie::verwacht).containsExactly(50L, 50L, 50L, 0L);
    assertThat(r).extracting(Dashboardberekening.Realisatie::koers).containsExactly(Koers.VOOR, Koers.OP_KOERS, Koers.ACHTER, Koers.GEEN_PLAN);
  }

  @Test
  void voorDeStartEnNaHetEindeIsHetVerwachteAantalNulRespectievelijkDeHeleAmbitie() {
    LocalDate start = LocalDate.of(2020, 1, 1);
    var voor = Dashboardberekening.realisatie(List.of(regio("AM01", 0, 80, start)), start.minusDays(3));
    var na = Dashboardberekening.realisatie(List.of(regio("AM01", 0, 80, start)), start.plusYears(5));
    assertThat(voor.get(0).verwacht()).isZero();
    assertThat(voor.get(0).koers()).isEqualTo(Koers.OP_KOERS);
    assertThat(na.get(0).verwacht()).isEqualTo(80);
    assertThat(na.get(0).koers()).isEqualTo(Koers.ACHTER);
  }

  @Test
  void deMaandreeksHeeftGeenGatenEnFiltertOpRegio() {
    var feiten = List.of(
        new Maandfeit("AM01", YearMonth.of(2026, 1), 5, 2, 1, 0, 0),
        new Maandfeit("AM02", YearMonth.of(2026, 1), 7, 3, 2, 0, 1),
        new Maandfeit("AM01", YearMonth.of(2026, 4), 1, 1, 1, 1, 0));
    var alle = Dashboardberekening.maandreeks(feiten, null);
    assertThat(alle).extracting(Dashboardberekening.Maandpunt::maand)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    assertThat(alle.get(0).belangstellingen()).isEqualTo(12);
    assertThat(alle.get(1).belangstellingen()).isZero();
    assertThat(Dashboardberekening.maandreeks(feiten, "AM02")).hasSize(1);
    assertThat(Dashboardberekening.maandreeks(List.of(), null)).isEmpty();
  }

  @Test
  void geldWordtPerCirculaireTrancheEnStatusOpgeteld() {
    var rijen = Dashboardberekening.geldPerCirculaire(List.of(
        new GeldFeit("AM01", "2019-12", 1, "BETAALD", 100_000_000),
        new GeldFeit("AM02", "2019-09", 1, "BETAALD", 100_000_000),
        new GeldFeit("AM03", "2019-12", 1, "BETAALD", 100_000_000),
        new GeldFeit("AM03", null, 2, "GEWEIGERD", 0)));
    assertThat(rijen).extracting(Dashboardberekening.GeldRij::circulaire).containsExactly("2019-09", "2019-12", null);
    assertThat(rijen.get(1).regios()).isEqualTo(2);
    assertThat(rijen.get(1).bedragCent()).isEqualTo(200_000_000);
  }

  @Test
  void regiosPerThemaTellenHoeveelRegiosEraanWerken() {
    var t = Dashboardberekening.regiosPer(List.of(regio("AM01", 0, null, null), regio("AM02", 0, null, null)), RegioFeiten::themas);
    assertThat(t).extracting(Dashboardberekening.Telling::aantal).containsOnly(2L);
    assertThat(t).hasSize(2);
  }

  @Test
  void plannenPerStatusTonenOokStatussenZonderPlannen() {
    var m = Dashboardberekening.plannenPerStatus(List.of(regio("AM01", 0, 10, LocalDate.now()), regio("AM02", 0, null, null)),
        List.of("CONCEPT", "INGEDIEND", "GOEDGEKEURD"));
    assertThat(m).containsEntry("CONCEPT", 1L).containsEntry("INGEDIEND", 0L).containsEntry("GOEDGEKEURD", 1L);
  }

  @Test
  void kleineAantallenWordenNooitAlsGetalGetoond() {
    for (long n = 0; n < 10; n++) {
      assertThat(Onderdrukking.toon(n)).isEqualTo("< 10");
      assertThat(Onderdrukking.waarde(n)).isNull();
    }
    assertThat(Onderdrukking.toon(10)).isEqualTo("10");
    assertThat(Onderdrukking.toon(12345)).isEqualTo("12.345");
    assertThat(Onderdrukking.waarde(10)).isEqualTo(10L);
    // Een percentage met een kleine teller zou de teller verraden (3 van 150 = 2%).
    assertThat(Onderdrukking.percentage(3, 150)).isEqualTo("< 10");
    assertThat(Onderdrukking.percentage(30, 150)).isEqualTo("20%");
    assertThat(Onderdrukking.percentage(30, 0)).isEqualTo("–");
  }
}
