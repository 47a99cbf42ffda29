package nl.perspectiefopwerk.toegang;

import java.util.Objects;
import java.util.UUID;

public record GebruikerId(UUID waarde) {
  public GebruikerId {
    Objects.requireNonNull(waarde, "gebruiker-id is verplicht");
  }

  public static GebruikerId nieuw() {
    return new GebruikerId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
