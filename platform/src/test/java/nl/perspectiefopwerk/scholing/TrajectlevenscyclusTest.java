package nl.perspectiefopwerk.scholing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.perspectiefopwerk.scholing.domain.Trajectlevenscyclus;
import nl.perspectiefopwerk.scholing.domain.Trajectlevenscyclus.Besluit;
import nl.perspectiefopwerk.scholing.domain.Uitkomstbeleid;
import org.junit.jupiter.api.Test;

/** De overgangstabel van een scholingstraject, uitputtend over alle soorten, statussen en uitkomsten. */
class TrajectlevenscyclusTest {

  private static final Set<String> TOEGESTAAN = Set.of("GEPLAND>LOPEND", "GEPLAND>GESTOPT", "LOPEND>AFGEROND", "LOPEND>GESTOPT");

  @Test
  void alleenDeTabelOvergangenMogenMetEenPassendeUitkomst() {
    int getoetst = 0;
    for (Trajecttype type : Trajecttype.values()) {
      for (TrajectStatus van : TrajectStatus.values()) {
        for (TrajectStatus naar : TrajectStatus.values()) {
          for (Opleidingsuitkomst uitkomst : uitkomstenPlusGeen()) {
            Besluit b = Trajectlevenscyclus.beoordeel(type, van, naar, uitkomst);
            boolean inTabel = TOEGESTAAN.contains(van + ">" + naar);
            boolean verwacht = inTabel && (naar != TrajectStatus.AFGEROND
                || (uitkomst != null && uitkomst != Opleidingsuitkomst.GESTOPT && Uitkomstbeleid.past(type, uitkomst)));
            assertThat(b instanceof Besluit.Toegestaan).as(type + " " + van + "→" + naar + " met " + uitkomst).isEqualTo(verwacht);
            getoetst++;
          }
        }
      }
    }
    assertThat(getoetst).isEqualTo(Trajecttype.values().length * 16 * 5);
  }

  @Test
  void stoppenLegtDeUitkomstGestoptVastEnStartenGeenUitkomst() {
    assertThat(Trajectlevenscyclus.beoordeel(Trajecttype.BBL, TrajectStatus.LOPEND, TrajectStatus.GESTOPT, null))
        .isEqualTo(new Besluit.Toegestaan(TrajectStatus.GESTOPT, Opleidingsuitkomst.GESTOPT));
    assertThat(Trajectlevenscyclus.beoordeel(Trajecttype.BBL, TrajectStatus.GEPLAND, TrajectStatus.LOPEND, null))
        .isEqualTo(new Besluit.Toegestaan(TrajectStatus.LOPEND, null));
  }

  @Test
  void praktijkverklaringAlleenBijPraktijkleren() {
    for (Trajecttype t : Trajecttype.values()) {
      assertThat(Uitkomstbeleid.past(t, Opleidingsuitkomst.PRAKTIJKVERKLARING)).as(t.name()).isEqualTo(t == Trajecttype.PRAKTIJKLEREN);
    }
    assertThat(Trajectlevenscyclus.beoordeel(Trajecttype.TAAL, TrajectStatus.LOPEND, TrajectStatus.AFGEROND, Opleidingsuitkomst.PRAKTIJKVERKLARING))
        .isEqualTo(new Besluit.Afgewezen("scholing.fout.uitkomstBijType"));
    assertThat(Trajectlevenscyclus.beoordeel(Trajecttype.PRAKTIJKLEREN, TrajectStatus.LOPEND, TrajectStatus.AFGEROND, null))
        .isEqualTo(new Besluit.Afgewezen("scholing.fout.uitkomst"));
  }

  @Test
  void eindtoestandenHebbenGeenVervolg() {
    assertThat(Trajectlevenscyclus.mogelijkVanuit(TrajectStatus.AFGEROND)).isEmpty();
    assertThat(Trajectlevenscyclus.mogelijkVanuit(TrajectStatus.GESTOPT)).isEmpty();
    assertThat(Trajectlevenscyclus.mogelijkVanuit(TrajectStatus.GEPLAND)).containsExactlyInAnyOrder(TrajectStatus.LOPEND, TrajectStatus.GESTOPT);
    assertThat(Uitkomstbeleid.standaardErkend(Trajecttype.BRANCHEOPLEIDING)).isFalse();
    assertThat(Uitkomstbeleid.standaardErkend(Trajecttype.MBO_DEELCERTIFICAAT)).isTrue();
  }

  private static Opleidingsuitkomst[] uitkomstenPlusGeen() {
    EnumSet<Opleidingsuitkomst> alle = EnumSet.allOf(Opleidingsuitkomst.class);
    Opleidingsuitkomst[] uit = new Opleidingsuitkomst[alle.size() + 1];
    int i = 0;
    for (Opleidingsuitkomst u : alle) uit[i++] = u;
    uit[i] = null;
    return uit;
  }
}
