package nl.perspectiefopwerk.actieplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.perspectiefopwerk.actieplan.domain.Verschil;
import nl.perspectiefopwerk.actieplan.domain.Verschil.Soort;
import nl.perspectiefopwerk.actieplan.domain.Verschil.Stuk;
import org.junit.jupiter.api.Test;

class VerschilTest {

  @Test
  void gelijkeTekstenHebbenGeenVerschil() {
    List<Stuk> v = Verschil.woorden("Wij maken 250 matches", "Wij  maken 250\tmatches");
    assertThat(v).containsExactly(new Stuk(Soort.GELIJK, "Wij maken 250 matches"));
    assertThat(Verschil.gewijzigd(v)).isFalse();
  }

  @Test
  void eenGewijzigdGetalIsWegEnErbij() {
    List<Stuk> v = Verschil.woorden("Wij maken 250 matches in twee jaar", "Wij maken 180 matches in twee jaar");
    assertThat(v).containsExactly(new Stuk(Soort.GELIJK, "Wij maken"), new Stuk(Soort.WEG, "250"), new Stuk(Soort.ERBIJ, "180"),
        new Stuk(Soort.GELIJK, "matches in twee jaar"));
    assertThat(Verschil.gewijzigd(v)).isTrue();
  }

  @Test
  void toevoegenAanHetEindEnLegeTeksten() {
    assertThat(Verschil.woorden("", "nieuw stuk")).containsExactly(new Stuk(Soort.ERBIJ, "nieuw stuk"));
    assertThat(Verschil.woorden("oud", null)).containsExactly(new Stuk(Soort.WEG, "oud"));
    assertThat(Verschil.woorden(null, "")).isEmpty();
    assertThat(Verschil.woorden("a b", "a b c")).containsExactly(new Stuk(Soort.GELIJK, "a b"), new Stuk(Soort.ERBIJ, "c"));
  }

  @Test
  void regeleindenBlijvenBehouden() {
    List<Stuk> v = Verschil.woorden("eerste regel\ntweede regel", "eerste regel\ntweede aangepaste regel");
    assertThat(v.getFirst().tekst()).contains("\n");
    assertThat(v).contains(new Stuk(Soort.ERBIJ, "aangepaste"));
  }

  @Test
  void deWoordenVanOudEnNieuwZijnTerugTeVinden() {
    String oud = "de regio werkt samen met UWV en gemeenten aan een bestand";
    String nieuw = "de regio werkt online samen met UWV aan een gedeeld bestand";
    List<Stuk> v = Verschil.woorden(oud, nieuw);
    String terugOud = String.join(" ", v.stream().filter(s -> s.soort() != Soort.ERBIJ).map(Stuk::tekst).toList());
    String terugNieuw = String.join(" ", v.stream().filter(s -> s.soort() != Soort.WEG).map(Stuk::tekst).toList());
    assertThat(terugOud).isEqualTo(oud);
    assertThat(terugNieuw).isEqualTo(nieuw);
  }
}
