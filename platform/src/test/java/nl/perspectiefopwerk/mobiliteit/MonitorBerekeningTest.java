package nl.perspectiefopwerk.mobiliteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening.CasusFeit;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening.ClientFeit;
import nl.perspectiefopwerk.mobiliteit.domain.MonitorBerekening.DienstFeit;
import org.junit.jupiter.api.Test;

/** De tweemaandelijkse monitor als zuivere functie, met perioden en onderdrukking van kleine aantallen. */
class MonitorBerekeningTest {

  private static final Periode SEPT_OKT = new Periode(2021, 5);

  @Test
  void periodesVanTweeMaanden() {
    assertThat(SEPT_OKT.begin()).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(SEPT_OKT.einde()).isEqualTo(LocalDate.of(2021, 10, 31));
    assertThat(Periode.van(LocalDate.of(2021, 2, 28))).isEqualTo(new Periode(2021, 1));
    assertThat(Periode.van(LocalDate.of(2021, 12, 31))).isEqualTo(new Periode(2021, 6));
    assertThat(new Periode(2021, 1).vorige()).isEqualTo(new Periode(2020, 6));
    assertThat(new Periode(2021, 6).volgende()).isEqualTo(new Periode(2022, 1));
    assertThat(SEPT_OKT.bevat(LocalDate.of(2021, 8, 31))).isFalse();
  }

  @Test
  void teltAanmeldingenBehandelingDienstenEnUitkomstenPerRegio() {
    List<ClientFeit> clients = List.of(
        new ClientFeit("AM25", d(9, 2), Categorie.WW, true, false, Clientstatus.IN_BEHANDELING, d(9, 5), null, null),
        new ClientFeit("AM25", d(9, 20), Categorie.ZELFSTANDIG_ONDERNEMER, false, true, Clientstatus.AFGESLOTEN, d(9, 21), d(10, 30),
            Clientuitkomst.NIEUW_WERK),
        new ClientFeit("AM25", d(10, 1), Categorie.ZELFSTANDIG_ONDERNEMER, false, true, Clientstatus.NIET_IN_AANMERKING, null, d(10, 2), null),
        // aangemeld in augustus, aan het eind van oktober nog in behandeling
        new ClientFeit("AM25", d(8, 10), Categorie.WERKNEMER_IN_LOONDIENST, false, false, Clientstatus.IN_BEHANDELING, d(8, 12), null, null),
        // afgesloten na de periode: op 31 oktober nog in behandeling
        new ClientFeit("AM25", d(8, 11), Categorie.WW, false, false, Clientstatus.AFGESLOTEN, d(8, 12), LocalDate.of(2021, 11, 3), Clientuitkomst.GEEN_WERK),
        new ClientFeit("AM01", d(9, 3), Categorie.WW, false, false, Clientstatus.AANGEMELD, null, null, null));
    List<DienstFeit> diensten = List.of(new DienstFeit("AM25", Dienstsoort.BIJ_EN_OMSCHOLING, d(9, 10)),
        new DienstFeit("AM25", Dienstsoort.BIJ_EN_OMSCHOLING, d(8, 10)), new DienstFeit("AM01", Dienstsoort.PRAKTIJKLEREN, d(9, 10)));
    List<CasusFeit> casussen = List.of(new CasusFeit("AM25", d(9, 6)), new CasusFeit("AM25", d(11, 6)));

    Monitorregel r = MonitorBerekening.bereken("AM25", SEPT_OKT, clients, diensten, casussen);
    assertThat(r.aangemeld()).isEqualTo(3);
    assertThat(r.perCategorie().get(Categorie.ZELFSTANDIG_ONDERNEMER)).isEqualTo(2);
    assertThat(r.perCategorie().get(Categorie.WW)).isEqualTo(1);
    assertThat(r.jongeren()).isEqualTo(1);
    assertThat(r.zelfmelders()).isEqualTo(2);
    assertThat(r.nietInAanmerking()).isEqualTo(1);
    assertThat(r.inBehandeling()).isEqualTo(3);
    assertThat(r.casusbesprekingen()).isEqualTo(1);
    assertThat(r.diensten().get(Dienstsoort.BIJ_EN_OMSCHOLING)).isEqualTo(1);
    assertThat(r.afgesloten().get(Clientuitkomst.NIEUW_WERK)).isEqualTo(1);
    assertThat(r.totaalAfgesloten()).isEqualTo(1);

    Monitorregel landelijk = MonitorBerekening.bereken(null, SEPT_OKT, clients, diensten, casussen);
    assertThat(landelijk.aangemeld()).isEqualTo(4);
    assertThat(landelijk.diensten().get(Dienstsoort.PRAKTIJKLEREN)).isEqualTo(1);
    assertThat(MonitorBerekening.perRegio(List.of("AM01", "AM25"), SEPT_OKT, clients, diensten, casussen))
        .extracting(Monitorregel::aangemeld).containsExactly(1L, 3L);
  }

  @Test
  void kleineAantallenWordenOnderdrukt() {
    assertThat(MonitorBerekening.toon(0)).isEqualTo("0");
    assertThat(MonitorBerekening.toon(1)).isEqualTo("< 10");
    assertThat(MonitorBerekening.toon(9)).isEqualTo("< 10");
    assertThat(MonitorBerekening.toon(10)).isEqualTo("10");
  }

  private static LocalDate d(int maand, int dag) {
    return LocalDate.of(2021, maand, dag);
  }
}
