package nl.perspectiefopwerk.kandidaat;

import java.time.LocalDate;

/**
 * Filters op het anonieme bestand; lege velden filteren niet.
 *
 * @param postcode vanaf deze postcode (PC4) wordt de afstand gemeten; met {@code afstandKm}
 * @param beschikbaarVoor kandidaten die uiterlijk op deze datum kunnen beginnen
 */
public record Zoekfilter(
    String beroep,
    String vaardigheid,
    Werkvorm werkvorm,
    Integer minUren,
    String postcode,
    Integer afstandKm,
    Instrument instrument,
    LocalDate beschikbaarVoor,
    Sortering sortering) {

  public enum Sortering {
    RECENT,
    AFSTAND,
    UREN
  }

  public static Zoekfilter leeg() {
    return new Zoekfilter(null, null, null, null, null, null, null, null, Sortering.RECENT);
  }
}
