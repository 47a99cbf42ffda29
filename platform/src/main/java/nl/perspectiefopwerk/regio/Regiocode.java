package nl.perspectiefopwerk.regio;

import java.util.regex.Pattern;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;

/** CBS-code van een arbeidsmarktregio: AM gevolgd door twee cijfers (AM04, AM16 en AM31 bestaan niet). */
public record Regiocode(String waarde) {

  private static final Pattern PATROON = Pattern.compile("AM\\d{2}");

  public Regiocode {
    if (waarde == null || !PATROON.matcher(waarde).matches()) {
      throw new OngeldigVerzoekException(
          "regiocode", "'" + waarde + "' is geen regiocode; gebruik AM gevolgd door twee cijfers, bijvoorbeeld AM25.");
    }
  }

  /** Accepteert ook kleine letters (am25). */
  public static Regiocode van(String tekst) {
    return new Regiocode(tekst == null ? null : tekst.trim().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return waarde;
  }
}
