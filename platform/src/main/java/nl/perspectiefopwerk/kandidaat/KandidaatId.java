package nl.perspectiefopwerk.kandidaat;

import java.util.Objects;
import java.util.UUID;

public record KandidaatId(UUID waarde) {
  public KandidaatId {
    Objects.requireNonNull(waarde, "kandidaat-id is verplicht");
  }

  public static KandidaatId nieuw() {
    return new KandidaatId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
