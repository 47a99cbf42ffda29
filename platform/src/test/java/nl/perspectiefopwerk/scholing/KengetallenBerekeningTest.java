package nl.perspectiefopwerk.scholing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.scholing.domain.KengetallenBerekening;
import nl.perspectiefopwerk.scholing.domain.KengetallenBerekening.Feit;
import org.junit.jupiter.api.Test;

/** De pilotindicatoren per regio als zuivere functie van de trajecten. */
class KengetallenBerekeningTest {

  private static final UUID ANNA = UUID.randomUUID();
  private static final UUID BOB = UUID.randomUUID();
  private static final UUID CEES = UUID.randomUUID();

  @Test
  void telKandidatenInRouteWerkgeversEnVerklaringen() {
    List<Feit> feiten = List.of(
        new Feit(ANNA, "AM25", Trajecttype.PRAKTIJKLEREN, TrajectStatus.LOPEND, null, "Zorggroep Oost", true),
        new Feit(ANNA, "AM25", Trajecttype.TAAL, TrajectStatus.LOPEND, null, null, false),
        new Feit(BOB, "AM25", Trajecttype.PRAKTIJKLEREN, TrajectStatus.AFGEROND, Opleidingsuitkomst.PRAKTIJKVERKLARING, "zorggroep oost ", true),
        new Feit(CEES, "AM25", Trajecttype.PRAKTIJKLEREN, TrajectStatus.GESTOPT, Opleidingsuitkomst.GESTOPT, "Bakkerij West", true),
        new Feit(CEES, "AM25", Trajecttype.BBL, TrajectStatus.AFGEROND, Opleidingsuitkomst.DIPLOMA, "Bouw BV", true),
        new Feit(CEES, "AM01", Trajecttype.PRAKTIJKLEREN, TrajectStatus.LOPEND, null, "Elders", true));
    Kengetallen k = KengetallenBerekening.voorRegio("AM25", feiten);
    assertThat(k.kandidatenInRoute()).isEqualTo(1); // alleen Anna loopt in een praktijkleerroute
    assertThat(k.deelnemendeWerkgevers()).isEqualTo(1); // hoofdletters en spaties tellen niet; gestopt telt niet mee
    assertThat(k.verklaringen()).isEqualTo(1);
    assertThat(k.erkendeCertificaten()).isEqualTo(1); // het BBL-diploma
    assertThat(k.trajecten()).isEqualTo(5);
    assertThat(KengetallenBerekening.perRegio(feiten)).extracting(Kengetallen::regiocode).containsExactly("AM01", "AM25");
  }

  @Test
  void legeRegioHeeftNullen() {
    assertThat(KengetallenBerekening.voorRegio("AM03", List.of())).isEqualTo(Kengetallen.leeg("AM03"));
  }

  @Test
  void kleineAantallenOnderdruktVoorLandelijkeRollen() {
    assertThat(KengetallenBerekening.toon(0, true)).isEqualTo("0");
    assertThat(KengetallenBerekening.toon(1, true)).isEqualTo("< 10");
    assertThat(KengetallenBerekening.toon(9, true)).isEqualTo("< 10");
    assertThat(KengetallenBerekening.toon(10, true)).isEqualTo("10");
    assertThat(KengetallenBerekening.toon(3, false)).isEqualTo("3");
  }
}
