package nl.perspectiefopwerk.regio;

import java.util.regex.Pattern;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;

/** De vier cijfers van een Nederlandse postcode (1000–9999). */
public record Postcode4(String waarde) {

  private static final Pattern PATROON = Pattern.compile("[1-9]\\d{3}");

  public Postcode4 {
    if (waarde == null || !PATROON.matcher(waarde).matches()) {
      throw new OngeldigVerzoekException(
          "postcode", "'" + waarde + "' is geen postcodegebied; gebruik vier cijfers, bijvoorbeeld 1012.");
    }
  }

  /** Neemt ook een volledige postcode ("1012 AB") aan en houdt dan de cijfers. */
  public static Postcode4 van(String tekst) {
    String t = tekst == null ? "" : tekst.trim().replace(" ", "");
    if (t.length() == 6 && Character.isLetter(t.charAt(4)) && Character.isLetter(t.charAt(5))) t = t.substring(0, 4);
    return new Postcode4(t);
  }
}
