package nl.perspectiefopwerk.gedeeld.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV zoals Nederlandse spreadsheetgebruikers die verwachten: puntkomma als scheidingsteken,
 * UTF-8 met BOM, en bescherming tegen formule-injectie (een cel die met = + - @ of een tab begint,
 * krijgt een apostrof ervoor; OWASP CSV injection).
 */
public final class Csv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Csv() {}

  public static byte[] maak(List<String> kop, List<List<String>> rijen) {
    StringBuilder sb = new StringBuilder();
    regel(sb, kop);
    rijen.forEach(r -> regel(sb, r));
    byte[] tekst = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] uit = new byte[BOM.length + tekst.length];
    System.arraycopy(BOM, 0, uit, 0, BOM.length);
    System.arraycopy(tekst, 0, uit, BOM.length, tekst.length);
    return uit;
  }

  private static void regel(StringBuilder sb, List<String> cellen) {
    for (int i = 0; i < cellen.size(); i++) {
      if (i > 0) sb.append(';');
      sb.append(cel(cellen.get(i)));
    }
    sb.append("\r\n");
  }

  static String cel(String waarde) {
    if (waarde == null) return "";
    String w = waarde;
    if (!w.isEmpty() && "=+-@\t\r".indexOf(w.charAt(0)) >= 0) w = "'" + w;
    if (w.contains(";") || w.contains("\"") || w.contains("\n") || w.contains("\r")) {
      w = "\"" + w.replace("\"", "\"\"") + "\"";
    }
    return w;
  }
}
