package nl.perspectiefopwerk.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.perspectiefopwerk.beoordeling.domain.Functiescheiding;
import org.junit.jupiter.api.Test;

class FunctiescheidingTest {

  @Test
  void wieAdviseerdeBesluitNiet() {
    assertThat(Functiescheiding.magBesluiten("a@nl", List.of("a@nl"))).isInstanceOf(Functiescheiding.Uitkomst.Afgewezen.class);
    assertThat(Functiescheiding.magBesluiten("b@nl", List.of("a@nl"))).isInstanceOf(Functiescheiding.Uitkomst.Toegestaan.class);
    assertThat(Functiescheiding.magBesluiten("b@nl", List.of())).isInstanceOf(Functiescheiding.Uitkomst.Toegestaan.class);
  }

  @Test
  void wieBesloot_adviseertNiet() {
    assertThat(Functiescheiding.magAdviseren("m@nl", List.of("m@nl"))).isInstanceOf(Functiescheiding.Uitkomst.Afgewezen.class);
    assertThat(Functiescheiding.magAdviseren("s@nl", List.of("m@nl"))).isInstanceOf(Functiescheiding.Uitkomst.Toegestaan.class);
  }
}
