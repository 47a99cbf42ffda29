package nl.perspectiefopwerk.melding;

import java.time.Instant;
import java.util.UUID;

/** Een melding in de lijst van de ontvanger. */
public record OntvangenMelding(UUID id, String onderwerp, String tekst, String link, Instant aangemaaktOp, Instant gelezenOp) {

  public boolean ongelezen() {
    return gelezenOp == null;
  }
}
