package nl.perspectiefopwerk.actieplan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Controle van een geüploade PDF: niet leeg, niet te groot, begint met {@code %PDF-} (de magic bytes). */
final class Pdfcontrole {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private Pdfcontrole() {}

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
