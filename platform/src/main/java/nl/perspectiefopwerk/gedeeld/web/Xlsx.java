package nl.perspectiefopwerk.gedeeld.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Een tabel als XLSX-werkboek (één blad, vetgedrukte kopregel, bevroren eerste rij). Getallen worden als
 * getal opgeslagen zodat een spreadsheet ermee kan rekenen; al het andere als tekst, dus zonder
 * formule-interpretatie.
 */
public final class Xlsx {

  private Xlsx() {}

  public static byte[] maak(String bladnaam, List<String> kop, List<List<String>> rijen) {
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(uit, "Perspectief op Werk", "1.0")) {
      Worksheet blad = wb.newWorksheet(veiligeBladnaam(bladnaam));
      for (int k = 0; k < kop.size(); k++) {
        blad.value(0, k, kop.get(k));
        blad.style(0, k).bold().set();
      }
      blad.freezePane(0, 1);
      for (int r = 0; r < rijen.size(); r++) {
        List<String> rij = rijen.get(r);
        for (int k = 0; k < rij.size(); k++) {
          String w = rij.get(k);
          if (w == null) continue;
          if (isGetal(w)) blad.value(r + 1, k, Long.parseLong(w));
          else blad.value(r + 1, k, w);
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uit.toByteArray();
  }

  private static boolean isGetal(String w) {
    if (w.isEmpty() || w.length() > 15) return false;
    int start = w.charAt(0) == '-' && w.length() > 1 ? 1 : 0;
    if (w.length() > start + 1 && w.charAt(start) == '0') return false; // postcodes, codes met voorloopnul
    for (int i = start; i < w.length(); i++) if (w.charAt(i) < '0' || w.charAt(i) > '9') return false;
    return true;
  }

  /** Excel staat maximaal 31 tekens toe en geen : \ / ? * [ ]. */
  static String veiligeBladnaam(String naam) {
    String n = naam == null || naam.isBlank() ? "Blad1" : naam.replaceAll("[:\\\\/?*\\[\\]]", " ");
    return n.length() > 31 ? n.substring(0, 31) : n;
  }
}
