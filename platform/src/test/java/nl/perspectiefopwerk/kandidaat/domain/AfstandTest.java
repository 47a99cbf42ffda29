package nl.perspectiefopwerk.kandidaat.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AfstandTest {

  private static final double AMSTERDAM_LAT = 52.3735;
  private static final double AMSTERDAM_LON = 4.8951;
  private static final double BREDA_LAT = 51.5881;
  private static final double BREDA_LON = 4.7755;

  @Test
  void amsterdamBredaIsOngeveerAchtentachtigKilometer() {
    assertThat(Afstand.km(AMSTERDAM_LAT, AMSTERDAM_LON, BREDA_LAT, BREDA_LON)).isBetween(87.0, 88.0);
  }

  @Test
  void afstandTotZichzelfIsNul() {
    assertThat(Afstand.km(AMSTERDAM_LAT, AMSTERDAM_LON, AMSTERDAM_LAT, AMSTERDAM_LON)).isZero();
    assertThat(Afstand.km(0, 0, 0, 0)).isZero();
  }

  @Test
  void afstandIsSymmetrisch() {
    assertThat(Afstand.km(BREDA_LAT, BREDA_LON, AMSTERDAM_LAT, AMSTERDAM_LON))
        .isCloseTo(Afstand.km(AMSTERDAM_LAT, AMSTERDAM_LON, BREDA_LAT, BREDA_LON), within(1e-9));
  }

  @Test
  void tegenpolenLiggenEenHalveOmtrekUitElkaar() {
    double halveOmtrek = Math.PI * 6371.0088;
    assertThat(Afstand.km(0, 0, 0, 180)).isCloseTo(halveOmtrek, within(1e-6));
    assertThat(Afstand.km(90, 0, -90, 0)).isCloseTo(halveOmtrek, within(1e-6));
  }

  @Test
  void eenGraadBreedteIsOngeveerHonderdElfKilometer() {
    assertThat(Afstand.km(52, 5, 53, 5)).isCloseTo(111.2, within(0.1));
  }

  @Test
  void afstandIsNooitNegatiefEnVoldoetAanDeDriehoeksongelijkheid() {
    double ab = Afstand.km(AMSTERDAM_LAT, AMSTERDAM_LON, BREDA_LAT, BREDA_LON);
    double utrechtLat = 52.0907;
    double utrechtLon = 5.1214;
    double au = Afstand.km(AMSTERDAM_LAT, AMSTERDAM_LON, utrechtLat, utrechtLon);
    double ub = Afstand.km(utrechtLat, utrechtLon, BREDA_LAT, BREDA_LON);
    assertThat(au).isPositive();
    assertThat(ab).isLessThanOrEqualTo(au + ub);
  }
}
