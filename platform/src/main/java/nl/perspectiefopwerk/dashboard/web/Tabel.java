package nl.perspectiefopwerk.dashboard.web;

import java.util.List;

/**
 * Eén tabel zoals de gebruiker haar ziet én exporteert (HTML, CSV, XLSX, PDF): koppen en cellen zijn
 * al vertaald en kleine aantallen al onderdrukt, zodat geen enkel formaat meer laat zien dan het scherm.
 *
 * @param getal per kolom: rechts uitlijnen (getallen, bedragen, percentages)
 */
public record Tabel(String id, String titel, List<String> kop, List<Boolean> getal, List<List<String>> rijen) {
  public boolean isLeeg() {
    return rijen.isEmpty();
  }
}
