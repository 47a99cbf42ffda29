package nl.perspectiefopwerk.kandidaat.zoekopdracht;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Een bewaarde zoekopdracht van één gebruiker, met de profielcodes die hij al kent. */
public record Zoekopdracht(
    UUID id, String gebruikersnaam, String naam, Zoekcriteria criteria, Instant aangemaaktOp, Instant laatstBekekenOp,
    Set<String> bekendeCodes) {

  public Zoekopdracht {
    bekendeCodes = Set.copyOf(bekendeCodes);
  }
}
