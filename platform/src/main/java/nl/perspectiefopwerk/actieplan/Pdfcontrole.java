package nl.perspectiefopwerk.actieplan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Controle van een geüploade PDF: niet leeg, niet te groot, begint met {@code %PDF-} (de magic bytes). */
final class Pdfcontrole {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private Pdfcontrole() {}

  /**
   * Het mediatype van een afbeelding van de infrastructuur op grond van de magic bytes (PNG, JPEG of PDF), of leeg.
   */
  static Optional<String> mediatype(byte[] inhoud) {
    if (inhoud == null || inhoud.length < 8) return Optional.empty();
    if ((inhoud[0] & 0xFF) == 0x89 && inhoud[1] == 'P' && inhoud[2] == 'N' && inhoud[3] == 'G') return Optional.of("image/png");
    if ((inhoud[0] & 0xFF) == 0xFF && (inhoud[1] & 0xFF) == 0xD8 && (inhoud[2] & 0xFF) == 0xFF) return Optional.of("image/jpeg");
    if (Arrays.equals(Arrays.copyOf(inhoud, MAGIC.length), MAGIC)) return Optional.of("application/pdf");
    return Optional.empty();
  }

  /** @return de sleutel van de foutmelding, of leeg als het bestand in orde is */
  static Optional<String> controleer(byte[] inhoud, int maxBytes) {
    if (inhoud == null || inhoud.length == 0) return Optional.of("actieplan.fout.overeenkomst.leeg");
    if (inhoud.length > maxBytes) return Optional.of("actieplan.fout.overeenkomst.teGroot");
    if (inhoud.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(inhoud, MAGIC.length), MAGIC)) {
      return Optional.of("actieplan.fout.overeenkomst.geenPdf");
    }
    return Optional.empty();
  }
}
