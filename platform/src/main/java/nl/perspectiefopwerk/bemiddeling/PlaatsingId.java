package nl.perspectiefopwerk.bemiddeling;

import java.util.Objects;
import java.util.UUID;

public record PlaatsingId(UUID waarde) {

  public PlaatsingId {
    Objects.requireNonNull(waarde, "plaatsing-id is verplicht");
  }

  public static PlaatsingId nieuw() {
    return new PlaatsingId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
