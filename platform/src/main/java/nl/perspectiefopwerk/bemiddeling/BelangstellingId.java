package nl.perspectiefopwerk.bemiddeling;

import java.util.Objects;
import java.util.UUID;

public record BelangstellingId(UUID waarde) {

  public BelangstellingId {
    Objects.requireNonNull(waarde, "belangstelling-id is verplicht");
  }

  public static BelangstellingId nieuw() {
    return new BelangstellingId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
