package nl.perspectiefopwerk.toegang;

import java.util.Objects;
import java.util.UUID;

public record OrganisatieId(UUID waarde) {
  public OrganisatieId {
    Objects.requireNonNull(waarde, "organisatie-id is verplicht");
  }

  public static OrganisatieId nieuw() {
    return new OrganisatieId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return waarde.toString();
  }
}
