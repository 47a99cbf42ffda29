package nl.perspectiefopwerk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.matching.domain.Gewichten;
import nl.perspectiefopwerk.matching.domain.Locaties;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;
import nl.perspectiefopwerk.matching.domain.Scoring;
import nl.perspectiefopwerk.matching.domain.Specificiteit;
import org.junit.jupiter.api.Test;

class SpecificiteitTest {

  private static final int N = 3000;

  @Test
  void zeldzaamWeegtZwaarderDanAlgemeenBinnenDeGrenzen() {
    Specificiteit sp = Specificiteit.uitEsco(Map.of("een", 1, "referentie", Specificiteit.REFERENTIE, "vijftig", 50, "alle", N), N);
    assertThat(sp.procent("referentie")).isEqualTo(100);
    assertThat(sp.procent("een")).isEqualTo(160); // ln(3000) / ln(3000 / 20) = 1,598
    assertThat(sp.procent("vijftig")).isBetween(80, 99);
    assertThat(sp.procent("alle")).isEqualTo(Specificiteit.MIN);
    assertThat(sp.procent("nergens-genoemd")).as("onbekend telt als één beroep").isEqualTo(sp.procent("een"));
    assertThat(sp.punten(10, "referentie")).isEqualTo(10);
    assertThat(sp.punten(4, "alle")).isEqualTo(1);
    assertThat(Specificiteit.GELIJK.punten(10, "wat-dan-ook")).isEqualTo(10);
  }

  @Test
  void teWeinigBeroepenGeeftGelijkeGewichten() {
    Specificiteit sp = Specificiteit.uitEsco(Map.of("a", 1), Specificiteit.REFERENTIE);
    assertThat(sp.procent("a")).isEqualTo(100);
  }

  @Test
  void uitlegNoemtSpecifiekeVaardighedenEnTeltOp() {
    Specificiteit sp = Specificiteit.uitEsco(Map.of("tig-lassen", 2, "engels", 900), N);
    assertThat(sp.isSpecifiek("tig-lassen")).isTrue();
    assertThat(sp.isSpecifiek("engels")).isFalse();
    Locaties locaties = Locaties.van(Map.of("1234", new double[] {52.0, 5.0}));
    LocalDate d = LocalDate.of(2026, 12, 1);
    MatchKandidaat k = new MatchKandidaat(new UUID(0, 1), "AM01", "1234", 40, 25, Opleidingsniveau.MBO2, true, List.of(Werkvorm.REGULIER),
        List.of(), d, List.of(), List.of(), List.of("tig-lassen", "engels"), List.of(), true, true, true, false);
    MatchWerkplek w = new MatchWerkplek(new UUID(1, 1), "AM01", "1234", 32, Werkvorm.REGULIER, null, List.of(), d, null, null,
        List.of("tig-lassen", "engels"), List.of(), 1);
    Scoring.Uitleg u = Scoring.uitleg(k, w, locaties, Gewichten.STANDAARD, sp, false);
    Scoring.Regel vaardigheden = u.regels().getFirst();
    assertThat(vaardigheden.tekst()).isEqualTo("2 van 2 essentiële vaardigheden; 1 specifieke vaardigheid telt zwaarder");
    assertThat(vaardigheden.punten()).isEqualTo(sp.punten(10, "tig-lassen") + sp.punten(10, "engels"));
    assertThat(sp.punten(10, "tig-lassen")).isEqualTo(14); // ln(1500) / ln(150) = 1,46
    assertThat(sp.punten(10, "engels")).isEqualTo(2); // begrensd op 25 %
    assertThat(u.totaal()).isEqualTo(u.regels().stream().mapToInt(Scoring.Regel::punten).sum());
  }
}
