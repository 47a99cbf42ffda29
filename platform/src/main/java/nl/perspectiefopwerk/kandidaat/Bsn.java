package nl.perspectiefopwerk.kandidaat;

/**
 * Burgerservicenummer, gecontroleerd met de elfproef. {@link #toString()} toont het nummer nooit,
 * zodat het niet per ongeluk in een log of foutmelding belandt.
 */
public record Bsn(String waarde) {

  /** Precies negen cijfers (0–9) die de elfproef doorstaan; normaliseren doet {@link #van(String)}. */
  public Bsn {
    if (waarde == null || waarde.length() != 9 || !isGeldig(waarde)) {
      throw new IllegalArgumentException("Dit is geen geldig burgerservicenummer (elfproef).");
    }
  }

  /** Negen cijfers (acht met een voorloopnul aangevuld) en 9a+8b+…+2h−1i deelbaar door 11, niet 0. */
  public static boolean isGeldig(String tekst) {
    if (tekst == null) return false;
    String s = tekst.strip();
    if (s.length() == 8) s = "0" + s;
    if (s.length() != 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
    int som = 0;
    for (int i = 0; i < 8; i++) som += (9 - i) * (s.charAt(i) - '0');
    som -= s.charAt(8) - '0';
    return som % 11 == 0 && !s.equals("000000000");
  }

  public static Bsn van(String tekst) {
    String s = tekst == null ? "" : tekst.strip().replace(".", "").replace(" ", "");
    return new Bsn(s.length() == 8 ? "0" + s : s);
  }

  /** Alleen de laatste drie cijfers, voor schermen waar herkenning volstaat. */
  public String gemaskeerd() {
    return "******" + waarde.substring(6);
  }

  @Override
  public String toString() {
    return "Bsn[***]";
  }
}
