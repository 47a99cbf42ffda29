package nl.perspectiefopwerk.gedeeld.api;

/** Een parameter van het verzoek is ongeldig; wordt een 400-probleem met de parameter erbij. */
public class OngeldigVerzoekException extends RuntimeException {

  private final String parameter;

  public OngeldigVerzoekException(String parameter, String melding) {
    super(melding);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
