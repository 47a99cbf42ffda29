package nl.perspectiefopwerk.kandidaat.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.perspectiefopwerk.kandidaat.Bsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Bsn} ligt in het pakket {@code kandidaat}; de test staat hier omdat het een Spring-vrij
 * waardeobject van het domein is. Geldige nummers (elfproef met de hand nagerekend):
 * 111222333 (69 − 3 = 66), 123456782 (156 − 2 = 154), 999999990 (396 − 0 = 396) en
 * 012345672 (112 − 2 = 110), alle deelbaar door 11.
 */
class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990", "012345672"})
  void geldigeNummersDoorstaanDeElfproef(String nummer) {
    assertThat(Bsn.isGeldig(nummer)).isTrue();
    assertThat(new Bsn(nummer).waarde()).isEqualTo(nummer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "000000000", "12345678a", "abcdefghi", "1234567820", "1234567", "111222334", "-11222333"})
  void ongeldigeNummersWordenAfgewezen(String nummer) {
    assertThat(Bsn.isGeldig(nummer)).isFalse();
    assertThatThrownBy(() -> new Bsn(nummer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("elfproef")
        .hasMessageNotContaining(nummer);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void leegOfNullIsOngeldig(String nummer) {
    assertThat(Bsn.isGeldig(nummer)).isFalse();
    assertThatThrownBy(() -> Bsn.van(nummer)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void achtCijfersKrijgenEenVoorloopnul() {
    assertThat(Bsn.isGeldig("12345672")).isTrue();
    assertThat(Bsn.van("12345672").waarde()).isEqualTo("012345672");
    assertThat(Bsn.van("12345672")).isEqualTo(Bsn.van("012345672"));
  }

  @Test
  void vanVerwijdertPuntenEnSpaties() {
    assertThat(Bsn.van("1234.56.782").waarde()).isEqualTo("123456782");
    assertThat(Bsn.van(" 123 456 782 ").waarde()).isEqualTo("123456782");
    assertThat(Bsn.van("1234.5.672").waarde()).isEqualTo("012345672");
  }

  @Test
  void vanWijstOngeldigeInvoerAf() {
    assertThatThrownBy(() -> Bsn.van("123.456.789")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Bsn.van("1111222333")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990", "012345672"})
  void toStringToontHetNummerNooit(String nummer) {
    Bsn bsn = Bsn.van(nummer);
    assertThat(bsn.toString()).isEqualTo("Bsn[***]").doesNotContain(nummer).doesNotContain(nummer.substring(6));
    assertThat("fout bij " + bsn).doesNotContain(nummer);
  }

  @Test
  void gemaskeerdToontAlleenDeLaatsteDrieCijfers() {
    assertThat(Bsn.van("123456782").gemaskeerd()).isEqualTo("******782");
    assertThat(Bsn.van("12345672").gemaskeerd()).isEqualTo("******672");
  }

  @Test
  void gelijkeNummersZijnGelijk() {
    assertThat(Bsn.van("123456782")).isEqualTo(new Bsn("123456782")).hasSameHashCodeAs(new Bsn("123456782"));
    assertThat(Bsn.van("123456782")).isNotEqualTo(Bsn.van("111222333"));
  }

  // --- invariant van het waardeobject: een Bsn bevat altijd precies negen ASCII-cijfers ---

  /**
   * De constructor is publiek en gebruikt {@link Bsn#isGeldig}, dat acht cijfers en witruimte rond het
   * nummer accepteert, maar slaat de waarde niet genormaliseerd op. Daardoor zijn {@code new Bsn("12345672")}
   * en {@code Bsn.van("12345672")} ongelijk (andere hash in de Kluis → samenvoegen op BSN mislukt) en
   * toont {@link Bsn#gemaskeerd()} meer of minder dan de laatste drie cijfers.
   */
  @ParameterizedTest
  @ValueSource(strings = {"12345672", " 123456782", "123456782 "})
  void constructorLevertAltijdNegenCijfersOfWeigert(String invoer) {
    Bsn bsn;
    try {
      bsn = new Bsn(invoer);
    } catch (IllegalArgumentException geweigerd) {
      return; // weigeren is ook goed
    }
    assertThat(bsn.waarde()).matches("[0-9]{9}");
    assertThat(bsn).isEqualTo(Bsn.van(invoer));
    assertThat(bsn.gemaskeerd()).matches("\\*{6}[0-9]{3}");
  }

  /**
   * {@code Character.isDigit} accepteert ook niet-ASCII-cijfers (volbreedte, Arabisch-Indisch). Met
   * {@code charAt(i) - '0'} rekent de elfproef dan met waarden als 65 249; voor sommige reeksen klopt
   * de som toevallig. "１１１２２２３３７" (volbreedte) is zo'n reeks.
   */
  @Test
  void alleenAsciiCijfersZijnGeldig() {
    String volbreedte = "\uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF13\uFF13\uFF17"; // １１１２２２３３７
    assertThat(Bsn.isGeldig(volbreedte)).isFalse();
    assertThatThrownBy(() -> Bsn.van(volbreedte)).isInstanceOf(IllegalArgumentException.class);
  }
}
