package nl.perspectiefopwerk.mobiliteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.perspectiefopwerk.mobiliteit.domain.Clientlevenscyclus;
import nl.perspectiefopwerk.mobiliteit.domain.Clientlevenscyclus.Besluit;
import org.junit.jupiter.api.Test;

/** De route van een RMT-client, uitputtend over alle statussen en uitkomsten. */
class ClientlevenscyclusTest {

  private static final Set<String> TOEGESTAAN = Set.of("AANGEMELD>IN_BEHANDELING", "AANGEMELD>NIET_IN_AANMERKING", "IN_BEHANDELING>AFGESLOTEN");

  @Test
  void alleenDeTabelOvergangenEnAfsluitenAlleenMetUitkomst() {
    int getoetst = 0;
    for (Clientstatus van : Clientstatus.values()) {
      for (Clientstatus naar : Clientstatus.values()) {
        for (int u = -1; u < Clientuitkomst.values().length; u++) {
          Clientuitkomst uitkomst = u < 0 ? null : Clientuitkomst.values()[u];
          boolean verwacht = TOEGESTAAN.contains(van + ">" + naar) && ((naar == Clientstatus.AFGESLOTEN) == (uitkomst != null));
          assertThat(Clientlevenscyclus.beoordeel(van, naar, uitkomst) instanceof Besluit.Toegestaan)
              .as(van + "→" + naar + " met " + uitkomst).isEqualTo(verwacht);
          getoetst++;
        }
      }
    }
    assertThat(getoetst).isEqualTo(4 * 4 * 6);
  }

  @Test
  void ondersteunenAlleenInBehandeling() {
    for (Clientstatus s : Clientstatus.values()) {
      assertThat(Clientlevenscyclus.kanOndersteunen(s)).as(s.name()).isEqualTo(s == Clientstatus.IN_BEHANDELING);
    }
    assertThat(Clientlevenscyclus.mogelijkVanuit(Clientstatus.AFGESLOTEN)).isEmpty();
    assertThat(Clientlevenscyclus.beoordeel(Clientstatus.IN_BEHANDELING, Clientstatus.AFGESLOTEN, null))
        .isEqualTo(new Besluit.Afgewezen("mobiliteit.fout.uitkomst"));
  }
}
