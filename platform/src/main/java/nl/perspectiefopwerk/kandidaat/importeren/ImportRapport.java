package nl.perspectiefopwerk.kandidaat.importeren;

import java.util.List;

/**
 * De uitkomst van een import: aantallen en per afgekeurde regel de fouten (een regel kan meer dan
 * één fout hebben). Geldige regels zijn opgeslagen, ook als andere zijn afgekeurd.
 */
public record ImportRapport(int aangemaakt, int bijgewerkt, int afgekeurd, List<Regelfout> fouten) {

  public ImportRapport {
    fouten = List.copyOf(fouten);
  }

  public int verwerkt() {
    return aangemaakt + bijgewerkt + afgekeurd;
  }
}
