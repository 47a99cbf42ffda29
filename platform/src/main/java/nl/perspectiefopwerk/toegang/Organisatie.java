package nl.perspectiefopwerk.toegang;

import java.util.List;
import java.util.Objects;

/** Een organisatie met de arbeidsmarktregio('s) waarin ze werkt (leeg = landelijk). */
public record Organisatie(
    OrganisatieId id, String naam, OrganisatieType type, String gemeentecode, List<String> regiocodes, int versie) {

  public Organisatie {
    Objects.requireNonNull(id);
    Objects.requireNonNull(type);
    if (naam == null || naam.isBlank()) throw new IllegalArgumentException("naam is verplicht");
    regiocodes = List.copyOf(regiocodes);
  }

  public boolean isLandelijk() {
    return regiocodes.isEmpty();
  }
}
