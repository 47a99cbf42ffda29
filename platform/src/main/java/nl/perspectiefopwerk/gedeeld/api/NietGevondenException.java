package nl.perspectiefopwerk.gedeeld.api;

/** Een gevraagde resource bestaat niet; wordt een 404-probleem of de 404-pagina. */
public class NietGevondenException extends RuntimeException {

  public NietGevondenException(String melding) {
    super(melding);
  }
}
