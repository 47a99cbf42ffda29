package nl.perspectiefopwerk.gedeeld.api;

/** Een parameter van het verzoek is ongeldig; wordt een 400-probleem met de parameter erbij. */
public class OngeldigVerzoekException extends RuntimeException {

  private final String parameter;

  public OngeldigVerzoekException(String parameter, String melding) {
    super(melding);
    this.parameter = parameter;
  }

  /**
   * Weigert een verzoek als een service veldfouten teruggaf (veld → berichtsleutel): de eerste fout wordt een
   * 400-probleem met de Nederlandse melding. Doet niets bij een lege map.
   */
  public static void weigerBijFouten(java.util.Map<String, String> fouten, org.springframework.context.MessageSource berichten) {
    if (fouten.isEmpty()) return;
    java.util.Map.Entry<String, String> f = fouten.entrySet().iterator().next();
    throw new OngeldigVerzoekException(f.getKey(), berichten.getMessage(f.getValue(), null, f.getValue(), java.util.Locale.of("nl")));
  }

  public String parameter() {
    return parameter;
  }
}
