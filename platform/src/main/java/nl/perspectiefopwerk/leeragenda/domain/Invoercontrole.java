package nl.perspectiefopwerk.leeragenda.domain;

import java.util.regex.Pattern;

/**
 * Controles op invoer van de lerende evaluatie: geen persoonsgegevens in tekst (e-mailadressen, BSN-achtige
 * nummers van 9 cijfers, mobiele nummers), en een upload moet een echte PDF (of, voor invoer, PDF of platte tekst)
 * onder de maximale grootte zijn. Uitkomst: null als het goed is, anders de sleutel van de melding.
 */
public final class Invoercontrole {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
  private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<![\\d.,])\\d{9}(?![\\d.,])");
  private static final Pattern MOBIEL = Pattern.compile("(?<!\\d)(\\+31|0)6[- ]?\\d{8}(?!\\d)");

  private Invoercontrole() {}

  public static String persoonsgegevens(String tekst) {
    if (tekst == null) return null;
    if (EMAIL.matcher(tekst).find()) return "leeragenda.fout.email";
    if (NEGEN_CIJFERS.matcher(tekst).find()) return "leeragenda.fout.bsn";
    if (MOBIEL.matcher(tekst).find()) return "leeragenda.fout.telefoon";
    return null;
  }

  public static boolean isPdf(byte[] inhoud) {
    return inhoud != null && inhoud.length >= 5 && inhoud[0] == '%' && inhoud[1] == 'P' && inhoud[2] == 'D' && inhoud[3] == 'F' && inhoud[4] == '-';
  }

  /** Een PDF-rapport: niet leeg, echt een PDF (de eerste bytes, niet de opgegeven naam of het type) en niet te groot. */
  public static String rapport(String bestandsnaam, byte[] inhoud, int maxMb) {
    if (inhoud == null || inhoud.length == 0) return "leeragenda.fout.bestandLeeg";
    if (inhoud.length > maxMb * 1024L * 1024L) return "leeragenda.fout.bestandTeGroot";
    if (bestandsnaam == null || !bestandsnaam.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") || !isPdf(inhoud)) {
      return "leeragenda.fout.geenPdf";
    }
    return null;
  }

  /** Een invoerdocument: PDF of platte tekst (UTF-8, zonder nul-bytes), niet te groot. */
  public static String invoerdocument(String bestandsnaam, byte[] inhoud, int maxMb) {
    if (inhoud == null || inhoud.length == 0) return "leeragenda.fout.bestandLeeg";
    if (inhoud.length > maxMb * 1024L * 1024L) return "leeragenda.fout.bestandTeGroot";
    String naam = bestandsnaam == null ? "" : bestandsnaam.toLowerCase(java.util.Locale.ROOT);
    if (naam.endsWith(".pdf") && isPdf(inhoud)) return null;
    if (naam.endsWith(".txt")) {
      for (byte b : inhoud) if (b == 0) return "leeragenda.fout.soortBestand";
      return persoonsgegevens(new String(inhoud, java.nio.charset.StandardCharsets.UTF_8));
    }
    return "leeragenda.fout.soortBestand";
  }
}
