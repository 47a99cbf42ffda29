package nl.perspectiefopwerk.werkgever;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record WerkplekId(@JsonValue UUID waarde) {

  public WerkplekId {
    Objects.requireNonNull(waarde, "werkplek-id is verplicht");
  }

  public static WerkplekId nieuw() {
    return new WerkplekId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
