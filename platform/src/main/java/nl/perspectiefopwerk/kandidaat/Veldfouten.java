package nl.perspectiefopwerk.kandidaat;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ongeldige invoer per veld, met een Nederlandse, bruikbare melding. Een uitkomst, geen fout. */
public final class Veldfouten {

  private final Map<String, String> fouten = new LinkedHashMap<>();

  public void voegToe(String veld, String melding) {
    fouten.putIfAbsent(veld, melding);
  }

  public boolean isLeeg() {
    return fouten.isEmpty();
  }

  public Map<String, String> alle() {
    return Map.copyOf(fouten);
  }

  /** Voor de volgorde op het scherm. */
  public Map<String, String> geordend() {
    return new LinkedHashMap<>(fouten);
  }
}
