package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.perspectiefopwerk.bemiddeling.domain.Termijn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** De afhandeltermijn in werkdagen (ma–vr). 23 november 2026 is een maandag. */
class TermijnTest {

  @ParameterizedTest(name = "{0} + {1} werkdagen = {2}")
  @CsvSource({
    "2026-11-23, 5, 2026-11-30", // maandag → maandag erna
    "2026-11-25, 5, 2026-12-02", // woensdag → woensdag erna
    "2026-11-27, 5, 2026-12-04", // vrijdag → vrijdag erna
    "2026-11-28, 5, 2026-12-04", // zaterdag telt vanaf maandag
    "2026-11-29, 5, 2026-12-04", // zondag idem
    "2026-11-27, 1, 2026-11-30", // vrijdag + 1 = maandag
    "2026-11-23, 10, 2026-12-07",
    "2026-11-23, 0, 2026-11-23"
  })
  void deadlineSlaatWeekendsOver(LocalDate aanvraag, int werkdagen, LocalDate verwacht) {
    assertThat(Termijn.deadline(aanvraag, werkdagen)).isEqualTo(verwacht);
  }

  @Test
  void deadlineValtAltijdOpEenWerkdagEnLigtNaDeAanvraag() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < 366; i++, d = d.plusDays(1)) {
      LocalDate deadline = Termijn.deadline(d, 5);
      assertThat(Termijn.isWerkdag(deadline)).as(d.toString()).isTrue();
      assertThat(deadline).isAfterOrEqualTo(d.plusDays(5)).isBeforeOrEqualTo(d.plusDays(7));
    }
  }

  @Test
  void ongeldigeInvoerWordtGeweigerd() {
    assertThatThrownBy(() -> Termijn.deadline(null, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Termijn.deadline(LocalDate.of(2026, 11, 23), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
