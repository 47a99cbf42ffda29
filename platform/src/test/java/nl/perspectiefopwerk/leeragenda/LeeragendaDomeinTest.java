package nl.perspectiefopwerk.leeragenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.leeragenda.domain.Invoercontrole;
import nl.perspectiefopwerk.leeragenda.domain.Regiocontext;
import org.junit.jupiter.api.Test;

/** Regionale context, "nieuw sinds" en de controles op invoer en rapporten. */
class LeeragendaDomeinTest {

  @Test
  void itemPastAlsDeBekendeContextNietBotst() {
    Item landelijkKlein = item(Stedelijkheid.LANDELIJK, Omvang.KLEIN);
    assertThat(Regiocontext.past(landelijkKlein, Stedelijkheid.LANDELIJK, Omvang.KLEIN)).isTrue();
    assertThat(Regiocontext.past(landelijkKlein, Stedelijkheid.STEDELIJK, Omvang.KLEIN)).isFalse();
    assertThat(Regiocontext.past(item(Stedelijkheid.LANDELIJK, null), Stedelijkheid.LANDELIJK, Omvang.GROOT)).isTrue();
    assertThat(Regiocontext.past(item(null, null), Stedelijkheid.LANDELIJK, Omvang.KLEIN)).isFalse();
    assertThat(Regiocontext.past(landelijkKlein, null, null)).isFalse();
  }

  @Test
  void nieuwSindsVorigBezoekOfDertigDagen() {
    Instant nu = Instant.parse("2026-11-23T08:00:00Z");
    assertThat(Regiocontext.nieuwSinds(null, nu, 30)).isEqualTo(nu.minus(Duration.ofDays(30)));
    Instant gisteren = nu.minus(Duration.ofDays(1));
    assertThat(Regiocontext.nieuwSinds(gisteren, nu, 30)).isEqualTo(gisteren);
    assertThat(Regiocontext.themas(Set.of())).isEqualTo(EnumSet.allOf(Thema.class));
    assertThat(Regiocontext.themas(Set.of(Thema.OPEN_HIRING))).containsExactly(Thema.OPEN_HIRING);
  }

  @Test
  void geenPersoonsgegevensInInvoer() {
    assertThat(Invoercontrole.persoonsgegevens("Drie matchingevents, 40 plaatsingen in 2021.")).isNull();
    assertThat(Invoercontrole.persoonsgegevens("Contact: jan.jansen@example.org")).isEqualTo("leeragenda.fout.email");
    assertThat(Invoercontrole.persoonsgegevens("BSN 123456782 besproken")).isEqualTo("leeragenda.fout.bsn");
    assertThat(Invoercontrole.persoonsgegevens("Bel 06-12345678")).isEqualTo("leeragenda.fout.telefoon");
    assertThat(Invoercontrole.persoonsgegevens("Budget 1.000.000 euro")).isNull();
  }

  @Test
  void rapportMoetEenEchtePdfZijn() {
    byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    assertThat(Invoercontrole.rapport("eind.pdf", pdf, 20)).isNull();
    assertThat(Invoercontrole.rapport("eind.pdf", "<html>".getBytes(StandardCharsets.US_ASCII), 20)).isEqualTo("leeragenda.fout.geenPdf");
    assertThat(Invoercontrole.rapport("eind.exe", pdf, 20)).isEqualTo("leeragenda.fout.geenPdf");
    assertThat(Invoercontrole.rapport("eind.pdf", new byte[0], 20)).isEqualTo("leeragenda.fout.bestandLeeg");
    assertThat(Invoercontrole.rapport("eind.pdf", new byte[1024 * 1024 + 1], 1)).isEqualTo("leeragenda.fout.bestandTeGroot");
    assertThat(Invoercontrole.invoerdocument("verslag.txt", "Goed gesprek".getBytes(StandardCharsets.UTF_8), 10)).isNull();
    assertThat(Invoercontrole.invoerdocument("verslag.docx", pdf, 10)).isEqualTo("leeragenda.fout.soortBestand");
    assertThat(Invoercontrole.invoerdocument("verslag.txt", "mail a@b.nl".getBytes(StandardCharsets.UTF_8), 10)).isEqualTo("leeragenda.fout.email");
  }

  private static Item item(Stedelijkheid s, Omvang o) {
    return new Item(UUID.randomUUID(), Itemsoort.LES, "t", "s", null, Thema.MATCHINGEVENTS, Pijler.ROUTE, "AM24", null, null, null, null, null, s, o,
        null, true, Doelpubliek.BEIDE, "x", Instant.now(), 0);
  }
}
