package nl.perspectiefopwerk.taxonomie.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisatieTest {

  @Test
  void kleineLettersZonderDiakrieten() {
    assertThat(Normalisatie.normaliseer("Inspiciënt")).isEqualTo("inspicient");
    assertThat(Normalisatie.normaliseer("CRÈCHELEIDSTER")).isEqualTo("crecheleidster");
    assertThat(Normalisatie.normaliseer("Ĳsselmeervisser")).isEqualTo("ijsselmeervisser");
    assertThat(Normalisatie.normaliseer("café-eigenaar")).isEqualTo("cafe-eigenaar");
  }

  @Test
  void witruimteWordtEenSpatie() {
    assertThat(Normalisatie.normaliseer("  lasser \n\t monteur  ")).isEqualTo("lasser monteur");
    assertThat(Normalisatie.normaliseer("a\u00a0b")).isEqualTo("a b");
  }

  @Test
  void leegEnNull() {
    assertThat(Normalisatie.normaliseer(null)).isEmpty();
    assertThat(Normalisatie.normaliseer("   ")).isEmpty();
  }
}
