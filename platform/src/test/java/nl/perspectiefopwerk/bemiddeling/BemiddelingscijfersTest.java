package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.perspectiefopwerk.bemiddeling.domain.Bemiddelingscijfers;
import nl.perspectiefopwerk.bemiddeling.domain.Bemiddelingscijfers.Plaatsingsfeit;
import nl.perspectiefopwerk.bemiddeling.domain.Bemiddelingscijfers.Verzoekfeit;
import org.junit.jupiter.api.Test;

/** De maandcijfers als pure functie van de feiten. */
class BemiddelingscijfersTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);

  @Test
  void teltPerMaandOpDeDatumVanHetFeit() {
    List<Verzoekfeit> verzoeken = List.of(
        new Verzoekfeit(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5)),   // 4 dagen, gesprek in september
        new Verzoekfeit(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 2)), // 12 dagen, gesprek in oktober
        new Verzoekfeit(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 4)), // 6 dagen, oktober
        new Verzoekfeit(LocalDate.of(2026, 10, 1), null),
        new Verzoekfeit(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 25))); // gesprek nog in de toekomst: telt niet
    List<Plaatsingsfeit> plaatsingen = List.of(
        new Plaatsingsfeit(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1), null),
        new Plaatsingsfeit(LocalDate.of(2026, 10, 15), null, null),
        new Plaatsingsfeit(LocalDate.of(2026, 9, 15), null, LocalDate.of(2026, 10, 20)));

    List<Maandcijfers> m = Bemiddelingscijfers.perMaand("AM12", verzoeken, plaatsingen, YearMonth.of(2026, 9), YearMonth.of(2026, 11), VANDAAG);

    assertThat(m).containsExactly(
        new Maandcijfers("AM12", YearMonth.of(2026, 9), 3, 1, 1, 0, 0, 4.0),
        new Maandcijfers("AM12", YearMonth.of(2026, 10), 1, 2, 1, 1, 1, 9.0),
        new Maandcijfers("AM12", YearMonth.of(2026, 11), 1, 0, 0, 0, 0, null));
  }

  @Test
  void elkeMaandStaatErinOokZonderFeitenEnDeMediaanIsDeMiddelsteWaarde() {
    List<Maandcijfers> leeg = Bemiddelingscijfers.perMaand("AM01", List.of(), List.of(), YearMonth.of(2025, 12), YearMonth.of(2026, 2), VANDAAG);
    assertThat(leeg).extracting(Maandcijfers::maand).containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    assertThat(leeg).allSatisfy(x -> assertThat(x.belangstellingen() + x.plaatsingen()).isZero());

    List<Verzoekfeit> drie = List.of(new Verzoekfeit(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
        new Verzoekfeit(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)), new Verzoekfeit(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 8)));
    assertThat(Bemiddelingscijfers.perMaand("AM01", drie, List.of(), YearMonth.of(2026, 3), YearMonth.of(2026, 3), VANDAAG).getFirst()
        .mediaanDagenTotGesprek()).isEqualTo(7.0);
  }

  @Test
  void eenOmgekeerdeOfTeLangePeriodeIsOngeldig() {
    assertThatThrownBy(() -> Bemiddelingscijfers.perMaand("AM01", List.of(), List.of(), YearMonth.of(2026, 3), YearMonth.of(2026, 2), VANDAAG))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Bemiddelingscijfers.perMaand("AM01", List.of(), List.of(), YearMonth.of(2000, 1), YearMonth.of(2026, 2), VANDAAG))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
