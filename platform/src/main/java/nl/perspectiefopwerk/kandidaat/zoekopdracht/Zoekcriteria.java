package nl.perspectiefopwerk.kandidaat.zoekopdracht;

import java.time.LocalDate;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.Zoekfilter;

/**
 * De filters van een zoekopdracht zoals de gebruiker ze op /bestand invulde (het beroep als tekst,
 * zoals in het zoekveld); lege velden filteren niet.
 */
public record Zoekcriteria(
    String beroep,
    String vaardigheid,
    Werkvorm werkvorm,
    Integer minUren,
    String postcode,
    Integer afstandKm,
    Instrument instrument,
    LocalDate beschikbaarVoor,
    Zoekfilter.Sortering sortering) {

  public Zoekcriteria {
    beroep = leeg(beroep);
    vaardigheid = leeg(vaardigheid);
    postcode = leeg(postcode);
    sortering = sortering == null ? Zoekfilter.Sortering.RECENT : sortering;
  }

  private static String leeg(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
