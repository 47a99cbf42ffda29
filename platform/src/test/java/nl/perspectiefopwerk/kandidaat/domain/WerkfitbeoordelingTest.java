package nl.perspectiefopwerk.kandidaat.domain;

import static nl.perspectiefopwerk.kandidaat.Werkvorm.BASISBAAN;
import static nl.perspectiefopwerk.kandidaat.Werkvorm.LEERWERKPLEK;
import static nl.perspectiefopwerk.kandidaat.Werkvorm.REGULIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WerkfitbeoordelingTest {

  private static final LocalDate BEOORDEELD = LocalDate.of(2026, 1, 15);
  private static final LocalDate GELDIG_TOT = LocalDate.of(2026, 7, 15);

  private static Werkfitbeoordeling werkfit(List<Werkvorm> werkvormen) {
    return new Werkfitbeoordeling(WerkfitGraad.WERKFIT, werkvormen, List.of(), "geen", "consulent", BEOORDEELD, GELDIG_TOT);
  }

  private static Werkfitbeoordeling werkfitMetPeriode(LocalDate van, LocalDate tot) {
    return new Werkfitbeoordeling(WerkfitGraad.WERKFIT, List.of(REGULIER), List.of(), null, "consulent", van, tot);
  }

  private static Werkfitbeoordeling metGraad(WerkfitGraad graad, List<Werkvorm> werkvormen) {
    return new Werkfitbeoordeling(graad, werkvormen, null, null, "consulent", BEOORDEELD, GELDIG_TOT);
  }

  @Test
  void werkvormenStaanOpVoorkeurEnZonderDubbelen() {
    var b = werkfit(List.of(BASISBAAN, REGULIER, LEERWERKPLEK, BASISBAAN, REGULIER));
    assertThat(b.werkvormen()).containsExactly(REGULIER, LEERWERKPLEK, BASISBAAN);
    assertThat(b.voorkeur()).isEqualTo(REGULIER);
  }

  @Test
  void voorkeurIsDeBesteAanwezigeWerkvorm() {
    assertThat(werkfit(List.of(BASISBAAN, LEERWERKPLEK)).voorkeur()).isEqualTo(LEERWERKPLEK);
    assertThat(werkfit(List.of(BASISBAAN)).voorkeur()).isEqualTo(BASISBAAN);
  }

  @Test
  void zonderWerkvormIsErGeenVoorkeur() {
    assertThat(metGraad(WerkfitGraad.NOG_NIET_WERKFIT, List.of()).voorkeur()).isNull();
    assertThat(metGraad(WerkfitGraad.IN_WERKFITTRAJECT, null).werkvormen()).isEmpty();
  }

  @Test
  void instrumentenZijnGesorteerdEnUniek() {
    var b = new Werkfitbeoordeling(
        WerkfitGraad.WERKFIT, List.of(REGULIER),
        List.of(Instrument.JOBCOACHING, Instrument.NO_RISK_POLIS, Instrument.JOBCOACHING),
        null, "consulent", BEOORDEELD, GELDIG_TOT);
    assertThat(b.instrumenten()).containsExactly(Instrument.NO_RISK_POLIS, Instrument.JOBCOACHING);
    assertThat(metGraad(WerkfitGraad.NOG_NIET_WERKFIT, List.of()).instrumenten()).isEmpty();
  }

  @Test
  void lijstenZijnNietVanBuitenafTeWijzigen() {
    List<Werkvorm> invoer = new ArrayList<>(List.of(BASISBAAN));
    var b = werkfit(invoer);
    invoer.add(REGULIER);
    assertThat(b.werkvormen()).containsExactly(BASISBAAN);
    assertThatThrownBy(() -> b.werkvormen().add(REGULIER)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void werkfitZonderWerkvormWordtGeweigerd() {
    assertThatThrownBy(() -> werkfit(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("werkvorm");
    assertThatThrownBy(() -> werkfit(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(value = WerkfitGraad.class, names = {"NOG_NIET_WERKFIT", "IN_WERKFITTRAJECT"})
  void nietWerkfitMagZonderWerkvorm(WerkfitGraad graad) {
    var b = metGraad(graad, List.of());
    assertThat(b.isWerkfitOp(BEOORDEELD)).isFalse();
  }

  @Test
  void geldigTotMoetNaDeBeoordelingsdatumLiggen() {
    assertThatThrownBy(() -> werkfitMetPeriode(BEOORDEELD, BEOORDEELD)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> werkfitMetPeriode(BEOORDEELD, BEOORDEELD.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(werkfitMetPeriode(BEOORDEELD, BEOORDEELD.plusDays(1)).geldigTot()).isEqualTo(BEOORDEELD.plusDays(1));
  }

  @Test
  void verplichteVeldenOntbrekenGeeftNullPointer() {
    assertThatThrownBy(() -> new Werkfitbeoordeling(null, List.of(REGULIER), List.of(), null, "c", BEOORDEELD, GELDIG_TOT))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("graad");
    assertThatThrownBy(() -> new Werkfitbeoordeling(WerkfitGraad.WERKFIT, List.of(REGULIER), List.of(), null, "c", null, GELDIG_TOT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Werkfitbeoordeling(WerkfitGraad.WERKFIT, List.of(REGULIER), List.of(), null, "c", BEOORDEELD, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void werkfitTotDeDagVoorGeldigTot() {
    var b = werkfit(List.of(REGULIER));
    assertThat(b.isWerkfitOp(BEOORDEELD)).isTrue();
    assertThat(b.isWerkfitOp(GELDIG_TOT.minusDays(1))).isTrue();
    assertThat(b.isWerkfitOp(GELDIG_TOT)).isFalse();
    assertThat(b.isWerkfitOp(GELDIG_TOT.plusYears(1))).isFalse();
  }

  @Test
  void verlooptPreciesOpGeldigTot() {
    var b = werkfit(List.of(REGULIER));
    assertThat(b.isVerlopenOp(BEOORDEELD)).isFalse();
    assertThat(b.isVerlopenOp(GELDIG_TOT.minusDays(1))).isFalse();
    assertThat(b.isVerlopenOp(GELDIG_TOT)).isTrue();
    assertThat(b.isVerlopenOp(GELDIG_TOT.plusDays(1))).isTrue();
  }

  @Test
  void nietWerkfitVerlooptOokOpGeldigTot() {
    var b = metGraad(WerkfitGraad.IN_WERKFITTRAJECT, List.of());
    assertThat(b.isVerlopenOp(GELDIG_TOT)).isTrue();
    assertThat(b.isWerkfitOp(GELDIG_TOT.minusDays(1))).isFalse();
  }

  @Test
  void opRekentHetAantalMaandenVanafDeBeoordelingsdatum() {
    var b = Werkfitbeoordeling.op(WerkfitGraad.WERKFIT, List.of(LEERWERKPLEK), List.of(), "stappen", "consulent", BEOORDEELD, 6);
    assertThat(b.beoordeeldOp()).isEqualTo(BEOORDEELD);
    assertThat(b.geldigTot()).isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(b.resterendeStappen()).isEqualTo("stappen");
    assertThat(b.beoordeeldDoor()).isEqualTo("consulent");
  }

  @Test
  void opAanHetEindVanDeMaandValtTerugOpDeLaatsteDag() {
    var b = Werkfitbeoordeling.op(WerkfitGraad.WERKFIT, List.of(REGULIER), List.of(), null, "c", LocalDate.of(2026, 8, 31), 6);
    assertThat(b.geldigTot()).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void opMetNulOfNegatieveMaandenWordtGeweigerd() {
    assertThatThrownBy(() -> Werkfitbeoordeling.op(WerkfitGraad.WERKFIT, List.of(REGULIER), List.of(), null, "c", BEOORDEELD, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Werkfitbeoordeling.op(WerkfitGraad.WERKFIT, List.of(REGULIER), List.of(), null, "c", BEOORDEELD, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void opSorteertDeWerkvormenOok() {
    var b = Werkfitbeoordeling.op(WerkfitGraad.WERKFIT, List.of(BASISBAAN, REGULIER), null, null, "c", BEOORDEELD, 3);
    assertThat(b.werkvormen()).containsExactly(REGULIER, BASISBAAN);
    assertThat(b.voorkeur()).isEqualTo(REGULIER);
  }
}
