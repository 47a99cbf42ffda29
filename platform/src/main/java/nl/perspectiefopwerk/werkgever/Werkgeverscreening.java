package nl.perspectiefopwerk.werkgever;

import java.time.Instant;
import java.util.UUID;

/**
 * Een werkgever zoals het werkgeversservicepunt hem ziet: organisatie, KvK-nummer (leeg zonder profiel) en screening.
 *
 * @param versie de versie van het profiel (optimistische vergrendeling), of null zonder profiel
 */
public record Werkgeverscreening(
    UUID organisatieId,
    String naam,
    String kvkNummer,
    String sector,
    Screeningstatus status,
    Instant op,
    String door,
    String toelichting,
    Integer versie) {

  public boolean heeftProfiel() {
    return kvkNummer != null;
  }
}
