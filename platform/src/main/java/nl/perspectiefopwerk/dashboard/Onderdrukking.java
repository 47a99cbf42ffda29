package nl.perspectiefopwerk.dashboard;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * De kleine-aantallenregel: een telling van personen onder de {@link #DREMPEL} wordt nooit als getal
 * getoond, ook niet in exports, grafieken of de API, maar als "&lt; 10". Zo is uit geen enkel cijfer
 * af te leiden om wie het gaat. Tellingen van plannen, bijeenkomsten en geld zijn geen personen en
 * vallen er niet onder.
 */
public final class Onderdrukking {

  public static final int DREMPEL = 10;
  public static final String ONDERDRUKT = "< " + DREMPEL;

  private static final Locale NL = Locale.forLanguageTag("nl-NL");

  private Onderdrukking() {}

  public static boolean onderdrukt(long aantal) {
    return aantal < DREMPEL;
  }

  /** Voor weergave en exports: "&lt; 10" of het getal met punt als duizendtalscheiding. */
  public static String toon(long aantal) {
    return onderdrukt(aantal) ? ONDERDRUKT : NumberFormat.getIntegerInstance(NL).format(aantal);
  }

  /** Voor grafieken en de API: null (geen waarde) als het onderdrukt is. */
  public static Long waarde(long aantal) {
    return onderdrukt(aantal) ? null : aantal;
  }

  /**
   * Een percentage teller/noemer waarin de teller personen telt: ook onderdrukt als de teller klein is,
   * anders is de teller uit percentage en noemer terug te rekenen.
   */
  public static String percentage(long teller, long noemer) {
    if (noemer <= 0) return "–";
    if (onderdrukt(teller)) return ONDERDRUKT;
    return Math.round(100.0 * teller / noemer) + "%";
  }
}
