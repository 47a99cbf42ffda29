package nl.perspectiefopwerk.mobiliteit;

import java.util.Objects;
import java.util.UUID;

public record ClientId(UUID waarde) {
  public ClientId {
    Objects.requireNonNull(waarde, "client-id is verplicht");
  }

  public static ClientId nieuw() {
    return new ClientId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
