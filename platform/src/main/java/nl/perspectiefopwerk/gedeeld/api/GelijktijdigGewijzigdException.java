package nl.perspectiefopwerk.gedeeld.api;

/** Optimistische vergrendeling: iemand anders heeft het record intussen gewijzigd. */
public class GelijktijdigGewijzigdException extends RuntimeException {

  public GelijktijdigGewijzigdException(String melding) {
    super(melding);
  }
}
