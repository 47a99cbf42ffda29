package nl.perspectiefopwerk.werkgever;

import java.util.LinkedHashMap;
import java.util.Map;

/** Opslaan gelukt, of afgekeurd met per veld de sleutel van een Nederlandse melding. Een uitkomst, geen fout. */
public sealed interface Uitkomst<T> {

  record Gelukt<T>(T waarde) implements Uitkomst<T> {}

  record Afgekeurd<T>(Map<String, String> fouten) implements Uitkomst<T> {
    public Afgekeurd {
      fouten = new LinkedHashMap<>(fouten);
    }
  }
}
