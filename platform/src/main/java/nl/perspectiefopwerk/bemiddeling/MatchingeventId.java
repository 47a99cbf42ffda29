package nl.perspectiefopwerk.bemiddeling;

import java.util.Objects;
import java.util.UUID;

public record MatchingeventId(UUID waarde) {

  public MatchingeventId {
    Objects.requireNonNull(waarde, "matchingevent-id is verplicht");
  }

  public static MatchingeventId nieuw() {
    return new MatchingeventId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
