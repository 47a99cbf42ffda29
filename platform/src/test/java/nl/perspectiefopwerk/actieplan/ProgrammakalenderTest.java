package nl.perspectiefopwerk.actieplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.perspectiefopwerk.actieplan.domain.Programmakalender;
import org.junit.jupiter.api.Test;

/** De vensters van de oproep van 2019, de programmaklok, bedragen en de PDF-controle. */
class ProgrammakalenderTest {

  final Programmakalender kalender = new Programmakalender(LocalDate.of(2019, 4, 15), LocalDate.of(2019, 7, 15));

  @Test
  void vensters() {
    assertThat(kalender.venster(LocalDate.of(2019, 2, 20))).contains(Indienvenster.SEPTEMBERCIRCULAIRE);
    assertThat(kalender.venster(LocalDate.of(2019, 4, 15))).contains(Indienvenster.SEPTEMBERCIRCULAIRE);
    assertThat(kalender.venster(LocalDate.of(2019, 4, 16))).contains(Indienvenster.DECEMBERCIRCULAIRE);
    assertThat(kalender.venster(LocalDate.of(2019, 7, 15))).contains(Indienvenster.DECEMBERCIRCULAIRE);
    assertThat(kalender.venster(LocalDate.of(2019, 7, 16))).isEmpty();
    assertThat(kalender.venster(LocalDate.of(2026, 11, 23))).isEmpty();
    assertThatThrownBy(() -> new Programmakalender(LocalDate.of(2019, 7, 15), LocalDate.of(2019, 4, 15)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void programmaklokMetVasteEnVerschovenTijd() {
    Clock vast = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    Programmaklok echt = new Programmaklok(vast, null);
    assertThat(echt.vandaag()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(echt.gesimuleerd()).isFalse();
    Programmaklok terug = new Programmaklok(vast, LocalDate.of(2019, 4, 10));
    assertThat(terug.vandaag()).isEqualTo(LocalDate.of(2019, 4, 10));
    assertThat(terug.gesimuleerd()).isTrue();
    assertThat(terug.laatsteToegestaneDatum()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void bedragenInCenten() {
    assertThat(Bedrag.leesCent("1.250,50")).contains(125_050L);
    assertThat(Bedrag.leesCent("1250.5")).contains(125_050L);
    assertThat(Bedrag.leesCent("€ 1250")).contains(125_000L);
    assertThat(Bedrag.leesCent("1.000.000")).contains(100_000_000L);
    assertThat(Bedrag.leesCent("12,345")).isEmpty();
    assertThat(Bedrag.leesCent("-5")).isEmpty();
    assertThat(Bedrag.leesCent("abc")).isEmpty();
    assertThat(Bedrag.euro(3_500_000_000L)).isEqualTo("€ 35.000.000,00");
    assertThat(Bedrag.invoer(125_050L)).isEqualTo("1250,50");
  }

  @Test
  void alleenEenEchtePdfBinnenDeGrootte() {
    byte[] pdf = "%PDF-1.7 inhoud".getBytes(StandardCharsets.US_ASCII);
    assertThat(Pdfcontrole.controleer(pdf, 1024)).isEmpty();
    assertThat(Pdfcontrole.controleer(new byte[0], 1024)).contains("actieplan.fout.overeenkomst.leeg");
    assertThat(Pdfcontrole.controleer("PK\u0003\u0004 zip".getBytes(StandardCharsets.ISO_8859_1), 1024)).contains("actieplan.fout.overeenkomst.geenPdf");
    assertThat(Pdfcontrole.controleer(new byte[2048], 1024)).contains("actieplan.fout.overeenkomst.teGroot");
    assertThat(Pdfcontrole.mediatype(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).contains("image/png");
    assertThat(Pdfcontrole.mediatype(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'})).contains("image/jpeg");
    assertThat(Pdfcontrole.mediatype("%PDF-1.7 abc".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
    assertThat(Pdfcontrole.mediatype("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }
}
