package nl.perspectiefopwerk.actieplan;

import java.util.Objects;
import java.util.UUID;

public record ActieplanId(UUID waarde) {
  public ActieplanId {
    Objects.requireNonNull(waarde, "actieplan-id is verplicht");
  }

  public static ActieplanId nieuw() {
    return new ActieplanId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
