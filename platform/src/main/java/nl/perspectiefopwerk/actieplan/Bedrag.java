package nl.perspectiefopwerk.actieplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Bedragen staan in hele centen (long). Invoer in euro's met komma of punt ("1.250,50", "1250.5", "€ 1250");
 * weergave als "€ 1.250,50". Of een bedrag incl. of excl. btw is, zegt de pagina er altijd bij.
 */
public final class Bedrag {

  private Bedrag() {}

  /** Leest een bedrag in euro's; leeg of onleesbaar → leeg; negatief → leeg. Hoogstens twee decimalen. */
  public static Optional<Long> leesCent(String invoer) {
    if (invoer == null) return Optional.empty();
    String s = invoer.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
    if (s.isEmpty() || !s.matches("[0-9.,]+")) return Optional.empty();
    int komma = s.lastIndexOf(',');
    int punt = s.lastIndexOf('.');
    String geheel;
    if (komma >= 0 && (punt < komma)) {
      geheel = s.replace(".", "").replace(',', '.');
    } else if (punt >= 0 && s.indexOf('.') == punt && s.length() - punt - 1 <= 2) {
      geheel = s.replace(",", "");
    } else {
      geheel = s.replace(".", "").replace(",", "");
    }
    try {
      BigDecimal b = new BigDecimal(geheel);
      if (b.scale() > 2 || b.signum() < 0 || b.compareTo(new BigDecimal("1000000000")) > 0) return Optional.empty();
      return Optional.of(b.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** "€ 1.250,50" (Nederlandse notatie). */
  public static String euro(long cent) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "€ " + f.format(BigDecimal.valueOf(cent, 2));
  }

  /** Voor invoervelden: "1250,50". */
  public static String invoer(long cent) {
    return BigDecimal.valueOf(cent, 2).toPlainString().replace('.', ',');
  }
}
