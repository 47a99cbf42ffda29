package nl.perspectiefopwerk.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.gedeeld.web.Csv;
import nl.perspectiefopwerk.regio.Postcode4;
import nl.perspectiefopwerk.regio.Regiocode;
import org.junit.jupiter.api.Test;

/** Eenheidstests zonder Spring voor de waardetypen en hulpjes die overal gebruikt worden. */
class GedeeldeBouwstenenTest {

  @Test
  void paginaRekentAantallenEnRandenGoedUit() {
    List<Integer> getallen = java.util.stream.IntStream.rangeClosed(1, 35).boxed().toList();
    Pagina<Integer> p = Pagina.van(getallen, new PaginaVerzoek(4, 10));
    assertThat(p.items()).containsExactly(31, 32, 33, 34, 35);
    assertThat(p.aantalPaginas()).isEqualTo(4);
    assertThat(p.heeftVolgende()).isFalse();
    assertThat(p.heeftVorige()).isTrue();
    assertThat(Pagina.van(getallen, new PaginaVerzoek(9, 10)).items()).isEmpty();
    assertThat(Pagina.van(List.of(), new PaginaVerzoek(1, 10)).aantalPaginas()).isEqualTo(1);
  }

  @Test
  void paginaVerzoekWeigertOnzin() {
    assertThatThrownBy(() -> new PaginaVerzoek(0, 10)).isInstanceOf(OngeldigVerzoekException.class);
    assertThatThrownBy(() -> new PaginaVerzoek(1, 201)).isInstanceOf(OngeldigVerzoekException.class)
        .extracting(e -> ((OngeldigVerzoekException) e).parameter()).isEqualTo("paginaGrootte");
  }

  @Test
  void regiocodeEnPostcode() {
    assertThat(Regiocode.van(" am25 ").waarde()).isEqualTo("AM25");
    assertThatThrownBy(() -> Regiocode.van("AM5")).isInstanceOf(OngeldigVerzoekException.class);
    assertThatThrownBy(() -> Regiocode.van(null)).isInstanceOf(OngeldigVerzoekException.class);
    assertThat(Postcode4.van("4811 AB").waarde()).isEqualTo("4811");
    assertThat(Postcode4.van("4811ab").waarde()).isEqualTo("4811");
    assertThatThrownBy(() -> Postcode4.van("0811")).isInstanceOf(OngeldigVerzoekException.class);
    assertThatThrownBy(() -> Postcode4.van("48111")).isInstanceOf(OngeldigVerzoekException.class);
  }

  @Test
  void csvMetPuntkommaBomEnZonderFormules() {
    byte[] csv = Csv.maak(List.of("a", "b"), List.of(List.of("=SUM(A1)", "x;y"), List.of("+31", "\"q\"")));
    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String tekst = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(tekst).isEqualTo("a;b\r\n'=SUM(A1);\"x;y\"\r\n'+31;\"\"\"q\"\"\"\r\n");
  }
}
