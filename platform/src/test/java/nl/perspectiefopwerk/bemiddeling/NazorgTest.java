package nl.perspectiefopwerk.bemiddeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.bemiddeling.domain.Nazorg;
import nl.perspectiefopwerk.bemiddeling.domain.Nazorg.Besluit;
import org.junit.jupiter.api.Test;

/** De regels van de nazorg: planning, volgorde, te vroeg, duurzaam en uitval; de contactovergangen exhaustief. */
class NazorgTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 15);
  private static final PlaatsingId ID = new PlaatsingId(new UUID(1, 2));

  @Test
  void contactmomentenLiggenDeGeconfigureerdeMaandenNaDeStart() {
    assertThat(Nazorg.plan(START, List.of(6, 1, 3, 3))).containsExactly(
        new Nazorg.Moment(1, LocalDate.of(2026, 2, 15)), new Nazorg.Moment(3, LocalDate.of(2026, 4, 15)),
        new Nazorg.Moment(6, LocalDate.of(2026, 7, 15)));
    assertThat(Nazorg.plan(LocalDate.of(2026, 1, 31), List.of(1))).containsExactly(new Nazorg.Moment(1, LocalDate.of(2026, 2, 28)));
    assertThatThrownBy(() -> Nazorg.plan(START, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Nazorg.plan(START, List.of(0))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eenContactGaatAlleenVanuitOpenNaarEenUitkomst() {
    int toegestaan = 0;
    for (Nazorgstatus van : Nazorgstatus.values()) {
      for (Nazorgstatus naar : Nazorgstatus.values()) {
        boolean verwacht = van == Nazorgstatus.OPEN && naar != Nazorgstatus.OPEN;
        assertThat(Nazorg.magOvergaan(van, naar)).as(van + " -> " + naar).isEqualTo(verwacht);
        if (verwacht) toegestaan++;
      }
    }
    assertThat(toegestaan).isEqualTo(3);
  }

  @Test
  void inWerkOpVolgordeEnPasVanafDeGeplandeDatumHetLaatsteMaaktDuurzaam() {
    List<Nazorgcontact> c = contacten(Nazorgstatus.OPEN, Nazorgstatus.OPEN, Nazorgstatus.OPEN);
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 1, Nazorgstatus.IN_WERK, null, LocalDate.of(2026, 2, 14)))
        .isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.teVroeg"));
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 1, Nazorgstatus.IN_WERK, null, LocalDate.of(2026, 2, 15)))
        .isEqualTo(new Besluit.Vastleggen(Nazorgstatus.IN_WERK, null));
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 3, Nazorgstatus.IN_WERK, null, LocalDate.of(2026, 5, 1)))
        .isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.volgorde"));
    List<Nazorgcontact> laatste = contacten(Nazorgstatus.IN_WERK, Nazorgstatus.IN_WERK, Nazorgstatus.OPEN);
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, laatste, 6, Nazorgstatus.IN_WERK, null, LocalDate.of(2026, 7, 15)))
        .isEqualTo(new Besluit.Vastleggen(Nazorgstatus.IN_WERK, PlaatsingStatus.DUURZAAM));
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, laatste, 3, Nazorgstatus.IN_WERK, null, LocalDate.of(2026, 7, 15)))
        .isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.alVastgelegd"));
  }

  @Test
  void uitvalKanAltijdMetRedenEnBeeindigtDePlaatsing() {
    List<Nazorgcontact> c = contacten(Nazorgstatus.OPEN, Nazorgstatus.OPEN, Nazorgstatus.OPEN);
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 1, Nazorgstatus.UITGEVALLEN, " ", START))
        .isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.redenVerplicht"));
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 1, Nazorgstatus.UITGEVALLEN, "Ziek", START))
        .isEqualTo(new Besluit.Vastleggen(Nazorgstatus.UITGEVALLEN, PlaatsingStatus.BEEINDIGD));
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 6, Nazorgstatus.UITGEVALLEN, "Ziek", START))
        .isEqualTo(new Besluit.Vastleggen(Nazorgstatus.UITGEVALLEN, PlaatsingStatus.BEEINDIGD));
  }

  @Test
  void nietsNaHetEindeVanDeNazorgOfMetEenOngeldigeUitkomst() {
    List<Nazorgcontact> c = contacten(Nazorgstatus.OPEN, Nazorgstatus.OPEN, Nazorgstatus.OPEN);
    for (PlaatsingStatus eind : List.of(PlaatsingStatus.DUURZAAM, PlaatsingStatus.BEEINDIGD)) {
      assertThat(Nazorg.beoordeel(eind, c, 1, Nazorgstatus.IN_WERK, null, LocalDate.of(2027, 1, 1)))
          .isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.nietLopend"));
    }
    for (Nazorgstatus ongeldig : List.of(Nazorgstatus.OPEN, Nazorgstatus.VERVALLEN)) {
      assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 1, ongeldig, "x", LocalDate.of(2027, 1, 1)))
          .isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.kiesUitkomst"));
    }
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, c, 2, Nazorgstatus.IN_WERK, null, LocalDate.of(2027, 1, 1)))
        .isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.onbekend"));
    assertThat(Nazorg.beoordeel(PlaatsingStatus.GESTART, contacten(Nazorgstatus.VERVALLEN, Nazorgstatus.OPEN, Nazorgstatus.OPEN), 1,
        Nazorgstatus.UITGEVALLEN, "x", LocalDate.of(2027, 1, 1))).isEqualTo(new Besluit.Afgewezen("bemiddeling.nazorg.alVastgelegd"));
  }

  @Test
  void eenOpenContactNaDeGeplandeDatumIsTeLaat() {
    Nazorgcontact c = contacten(Nazorgstatus.OPEN, Nazorgstatus.IN_WERK, Nazorgstatus.OPEN).getFirst();
    assertThat(c.teLaat(LocalDate.of(2026, 2, 15))).isFalse();
    assertThat(c.teLaat(LocalDate.of(2026, 2, 16))).isTrue();
    assertThat(contacten(Nazorgstatus.OPEN, Nazorgstatus.IN_WERK, Nazorgstatus.OPEN).get(1).teLaat(LocalDate.of(2027, 1, 1))).isFalse();
  }

  private static List<Nazorgcontact> contacten(Nazorgstatus een, Nazorgstatus drie, Nazorgstatus zes) {
    List<Nazorgcontact> uit = new ArrayList<>();
    Nazorgstatus[] s = {een, drie, zes};
    List<Nazorg.Moment> m = Nazorg.plan(START, List.of(1, 3, 6));
    for (int i = 0; i < 3; i++) uit.add(new Nazorgcontact(ID, m.get(i).maand(), m.get(i).geplandOp(), s[i], null, null, null, null));
    return uit;
  }
}
