package nl.perspectiefopwerk.financiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.perspectiefopwerk.actieplan.Indienvenster;
import nl.perspectiefopwerk.financiering.domain.Tranchebeleid;
import org.junit.jupiter.api.Test;

class TranchebeleidTest {

  static final LocalDate BZK_SEPT = LocalDate.of(2019, 7, 5);
  static final LocalDate BZK_DEC = LocalDate.of(2019, 9, 15);

  @Test
  void circulaireVanTranche1() {
    assertThat(Tranchebeleid.circulaireTranche1(Indienvenster.SEPTEMBERCIRCULAIRE, LocalDate.of(2019, 6, 14), BZK_SEPT, BZK_DEC))
        .isEqualTo(Circulaire.SEPTEMBER_2019);
    assertThat(Tranchebeleid.circulaireTranche1(Indienvenster.SEPTEMBERCIRCULAIRE, LocalDate.of(2019, 7, 6), BZK_SEPT, BZK_DEC))
        .isEqualTo(Circulaire.DECEMBER_2019);
    assertThat(Tranchebeleid.circulaireTranche1(Indienvenster.DECEMBERCIRCULAIRE, LocalDate.of(2019, 6, 1), BZK_SEPT, BZK_DEC))
        .isEqualTo(Circulaire.DECEMBER_2019);
    assertThat(Tranchebeleid.circulaireTranche1(Indienvenster.DECEMBERCIRCULAIRE, LocalDate.of(2019, 9, 16), BZK_SEPT, BZK_DEC))
        .isEqualTo(Circulaire.MAART_2020);
  }

  @Test
  void tranche2AlleenAlsAlleVoorwaardenZijnVervuld() {
    assertThat(Tranchebeleid.tranche2(true, 75, 75, true, true)).isInstanceOf(Tranchebeleid.Uitkomst.Toegekend.class);
    for (int mis = 0; mis < 16; mis++) {
      boolean gv = (mis & 1) == 0;
      int aanwezig = (mis & 2) == 0 ? 100 : 50;
      boolean rapport = (mis & 4) == 0;
      boolean monitoring = (mis & 8) == 0;
      Tranchebeleid.Uitkomst u = Tranchebeleid.tranche2(gv, aanwezig, 75, rapport, monitoring);
      if (mis == 0) {
        assertThat(u).isInstanceOf(Tranchebeleid.Uitkomst.Toegekend.class);
        continue;
      }
      assertThat(u).isInstanceOf(Tranchebeleid.Uitkomst.Geweigerd.class);
      var niet = ((Tranchebeleid.Uitkomst.Geweigerd) u).nietVoldaan();
      assertThat(niet.contains(Voorwaarde.GOEDE_VOORTGANG)).isEqualTo(!gv);
      assertThat(niet.contains(Voorwaarde.AANWEZIGHEID)).isEqualTo(aanwezig < 75);
      assertThat(niet.contains(Voorwaarde.RAPPORTAGE)).isEqualTo(!rapport);
      assertThat(niet.contains(Voorwaarde.MEDEWERKING_MONITORING)).isEqualTo(!monitoring);
    }
  }

  @Test
  void tranche2OnderDeDrempel() {
    assertThat(Tranchebeleid.tranche2(true, 74, 75, true, true)).isInstanceOf(Tranchebeleid.Uitkomst.Geweigerd.class);
  }
}
