package nl.perspectiefopwerk.gedeeld.referentiedata;

import java.time.Instant;
import java.util.List;

/** De toestand van één referentiedatabron, voor de beheerpagina en de start-log. */
public record ImportStatus(
    String bron,
    Toestand toestand,
    String melding,
    long gedaan,
    long totaal,
    long rijen,
    List<String> meldingen,
    Instant tijdstip) {

  public enum Toestand {
    NIET_GESTART,
    BEZIG,
    KLAAR,
    ONGEWIJZIGD,
    ONTBREEKT,
    MISLUKT
  }

  public int procent() {
    return totaal <= 0 ? 0 : (int) Math.min(100, gedaan * 100 / totaal);
  }
}
