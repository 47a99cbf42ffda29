package nl.perspectiefopwerk.gedeeld.referentiedata;

import java.nio.file.Path;
import java.util.List;

/**
 * Een set referentiegegevens die een module uit officiële bestanden importeert. Een import is
 * idempotent: twee keer hetzelfde bestand geeft dezelfde stand.
 */
public interface ReferentiedataBron {

  /** Korte naam, bijvoorbeeld {@code regio} of {@code taxonomie}. */
  String naam();

  /** Lagere waarde importeert eerder. */
  int volgorde();

  /** De bestanden die deze bron leest, relatief aan de map; ontbreekt er één, dan wordt overgeslagen. */
  List<String> bestanden();

  ImportResultaat importeer(Path map, Voortgang voortgang);

  /**
   * Versie van de importlogica; telt mee in de checksum, zodat een gewijzigde importeur ook bij
   * ongewijzigde bestanden opnieuw importeert.
   */
  default String versie() {
    return "1";
  }

  /** Wordt aangeroepen na een overgeslagen (ongewijzigde) import, bijvoorbeeld om caches te vullen. */
  default void ongewijzigd() {}

  /** Meldt voortgang van lang werk. */
  @FunctionalInterface
  interface Voortgang {
    void stap(String melding, long gedaan, long totaal);
  }

  /**
   * @param rijen aantal ingelezen rijen
   * @param meldingen waarschuwingen en afgekeurde rijen, met bestand en regelnummer
   */
  record ImportResultaat(long rijen, List<String> meldingen) {
    public ImportResultaat {
      meldingen = List.copyOf(meldingen);
    }
  }
}
