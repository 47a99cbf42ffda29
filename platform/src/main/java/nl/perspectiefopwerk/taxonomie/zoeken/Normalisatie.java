package nl.perspectiefopwerk.taxonomie.zoeken;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Maakt tekst vergelijkbaar: kleine letters, zonder diakrieten ({@code é → e}, {@code ĳ → ij}),
 * witruimte samengevoegd tot één spatie. Zoekterm en labels gaan door dezelfde functie.
 */
public final class Normalisatie {

  private Normalisatie() {}

  public static String normaliseer(String tekst) {
    if (tekst == null || tekst.isEmpty()) return "";
    String t = isEenvoudig(tekst) ? tekst : zonderDiakrieten(tekst);
    StringBuilder b = new StringBuilder(t.length());
    boolean spatie = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        spatie = b.length() > 0;
      } else {
        if (spatie) b.append(' ');
        spatie = false;
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** ASCII zonder regeleinden: geen Unicode-normalisatie nodig (de meeste zoektermen). */
  private static boolean isEenvoudig(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  private static String zonderDiakrieten(String t) {
    String d = Normalizer.normalize(t, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
