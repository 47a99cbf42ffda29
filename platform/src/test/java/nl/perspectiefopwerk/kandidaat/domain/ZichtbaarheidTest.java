package nl.perspectiefopwerk.kandidaat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.domain.Zichtbaarheid.Reden;
import nl.perspectiefopwerk.kandidaat.domain.Zichtbaarheid.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ZichtbaarheidTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 1);
  private static final int BEVESTIGING_MAANDEN = 6;

  private static Werkfitbeoordeling geldigeWerkfit() {
    return Werkfitbeoordeling.op(WerkfitGraad.WERKFIT, List.of(Werkvorm.REGULIER), List.of(), null, "c", VANDAAG.minusMonths(1), 6);
  }

  private static Werkfitbeoordeling werkfitTot(LocalDate geldigTot) {
    return new Werkfitbeoordeling(WerkfitGraad.WERKFIT, List.of(Werkvorm.REGULIER), List.of(), null, "c", geldigTot.minusMonths(6), geldigTot);
  }

  private static Werkfitbeoordeling metGraad(WerkfitGraad graad) {
    return Werkfitbeoordeling.op(graad, List.of(Werkvorm.BASISBAAN), List.of(), null, "c", VANDAAG.minusMonths(1), 6);
  }

  private static LocalDate recentBevestigd() {
    return VANDAAG.minusMonths(1);
  }

  private static Uitkomst beoordeel(boolean inBestand, Werkfitbeoordeling werkfit, boolean toestemming, LocalDate bevestigd) {
    return Zichtbaarheid.beoordeel(inBestand, werkfit, toestemming, bevestigd, VANDAAG, BEVESTIGING_MAANDEN);
  }

  private static Uitkomst verborgen(Reden reden) {
    return new Uitkomst.Verborgen(reden);
  }

  @Test
  void alsAllesKloptIsHetProfielZichtbaar() {
    assertThat(beoordeel(true, geldigeWerkfit(), true, recentBevestigd())).isEqualTo(new Uitkomst.Zichtbaar());
  }

  @Test
  void uitHetBestandIsVerborgen() {
    assertThat(beoordeel(false, geldigeWerkfit(), true, recentBevestigd())).isEqualTo(verborgen(Reden.UIT_BESTAND));
  }

  @Test
  void zonderToestemmingIsVerborgen() {
    assertThat(beoordeel(true, geldigeWerkfit(), false, recentBevestigd())).isEqualTo(verborgen(Reden.GEEN_TOESTEMMING));
  }

  @Test
  void zonderBeoordelingIsNietWerkfit() {
    assertThat(beoordeel(true, null, true, recentBevestigd())).isEqualTo(verborgen(Reden.NIET_WERKFIT));
  }

  @ParameterizedTest
  @EnumSource(value = WerkfitGraad.class, names = {"NOG_NIET_WERKFIT", "IN_WERKFITTRAJECT"})
  void andereGraadIsNietWerkfit(WerkfitGraad graad) {
    assertThat(beoordeel(true, metGraad(graad), true, recentBevestigd())).isEqualTo(verborgen(Reden.NIET_WERKFIT));
  }

  @Test
  void werkfitVerlooptPreciesOpGeldigTot() {
    assertThat(beoordeel(true, werkfitTot(VANDAAG), true, recentBevestigd())).isEqualTo(verborgen(Reden.WERKFIT_VERLOPEN));
    assertThat(beoordeel(true, werkfitTot(VANDAAG.minusDays(1)), true, recentBevestigd())).isEqualTo(verborgen(Reden.WERKFIT_VERLOPEN));
    assertThat(beoordeel(true, werkfitTot(VANDAAG.plusDays(1)), true, recentBevestigd())).isEqualTo(new Uitkomst.Zichtbaar());
  }

  @Test
  void nooitBevestigdIsNietBevestigd() {
    assertThat(beoordeel(true, geldigeWerkfit(), true, null)).isEqualTo(verborgen(Reden.NIET_BEVESTIGD));
  }

  @Test
  void bevestigingVerlooptPreciesNaHetAantalMaanden() {
    LocalDate grens = VANDAAG.minusMonths(BEVESTIGING_MAANDEN);
    assertThat(beoordeel(true, geldigeWerkfit(), true, grens)).isEqualTo(verborgen(Reden.NIET_BEVESTIGD));
    assertThat(beoordeel(true, geldigeWerkfit(), true, grens.minusDays(1))).isEqualTo(verborgen(Reden.NIET_BEVESTIGD));
    assertThat(beoordeel(true, geldigeWerkfit(), true, grens.plusDays(1))).isEqualTo(new Uitkomst.Zichtbaar());
  }

  @Test
  void vandaagBevestigdIsZichtbaar() {
    assertThat(beoordeel(true, geldigeWerkfit(), true, VANDAAG)).isEqualTo(new Uitkomst.Zichtbaar());
  }

  @Test
  void bevestigingsgrensVolgtDeInstelling() {
    LocalDate bevestigd = VANDAAG.minusMonths(3);
    assertThat(Zichtbaarheid.beoordeel(true, geldigeWerkfit(), true, bevestigd, VANDAAG, 3)).isEqualTo(verborgen(Reden.NIET_BEVESTIGD));
    assertThat(Zichtbaarheid.beoordeel(true, geldigeWerkfit(), true, bevestigd, VANDAAG, 4)).isEqualTo(new Uitkomst.Zichtbaar());
  }

  // --- volgorde van de controles: de eerste reden die opgaat wint ---

  @Test
  void uitBestandGaatVoorAlleAndereRedenen() {
    assertThat(beoordeel(false, null, false, null)).isEqualTo(verborgen(Reden.UIT_BESTAND));
  }

  @Test
  void geenToestemmingGaatVoorWerkfitEnBevestiging() {
    assertThat(beoordeel(true, null, false, null)).isEqualTo(verborgen(Reden.GEEN_TOESTEMMING));
    assertThat(beoordeel(true, werkfitTot(VANDAAG), false, null)).isEqualTo(verborgen(Reden.GEEN_TOESTEMMING));
  }

  @Test
  void nietWerkfitGaatVoorVerlopenEnBevestiging() {
    var verlopenEnNietWerkfit = new Werkfitbeoordeling(
        WerkfitGraad.NOG_NIET_WERKFIT, List.of(), List.of(), null, "c", VANDAAG.minusYears(1), VANDAAG.minusMonths(6));
    assertThat(beoordeel(true, verlopenEnNietWerkfit, true, null)).isEqualTo(verborgen(Reden.NIET_WERKFIT));
  }

  @Test
  void verlopenGaatVoorNietBevestigd() {
    assertThat(beoordeel(true, werkfitTot(VANDAAG), true, null)).isEqualTo(verborgen(Reden.WERKFIT_VERLOPEN));
  }

  @Test
  void elkeRedenIsBereikbaar() {
    var redenen = List.of(
        beoordeel(false, geldigeWerkfit(), true, recentBevestigd()),
        beoordeel(true, geldigeWerkfit(), false, recentBevestigd()),
        beoordeel(true, metGraad(WerkfitGraad.IN_WERKFITTRAJECT), true, recentBevestigd()),
        beoordeel(true, werkfitTot(VANDAAG), true, recentBevestigd()),
        beoordeel(true, geldigeWerkfit(), true, VANDAAG.minusYears(1)));
    assertThat(redenen)
        .extracting(u -> ((Uitkomst.Verborgen) u).reden())
        .containsExactly(Reden.values());
  }
}
