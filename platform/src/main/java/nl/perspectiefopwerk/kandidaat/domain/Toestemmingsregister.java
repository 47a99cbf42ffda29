package nl.perspectiefopwerk.kandidaat.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming.Soort;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming.Wijze;

/**
 * Het toestemmingenregister van één kandidaat: toestemming geven en intrekken, met de regels als
 * uitkomst ({@link Besluit}) in plaats van uitzonderingen. Intrekken geldt direct.
 */
public final class Toestemmingsregister {

  private final List<Toestemming> toestemmingen;

  public Toestemmingsregister(List<Toestemming> toestemmingen) {
    this.toestemmingen = new ArrayList<>(toestemmingen);
  }

  public List<Toestemming> alle() {
    return List.copyOf(toestemmingen);
  }

  public Optional<Toestemming> actief(Soort soort, UUID werkgever) {
    return toestemmingen.stream()
        .filter(Toestemming::isActief)
        .filter(t -> t.soort() == soort)
        .filter(t -> soort == Soort.BESTAND || t.werkgever().equals(werkgever))
        .findFirst();
  }

  public boolean heeftBestandstoestemming() {
    return actief(Soort.BESTAND, null).isPresent();
  }

  public Besluit geef(Soort soort, UUID werkgever, String doel, String versie, Wijze wijze, String door, Instant op) {
    if (actief(soort, werkgever).isPresent()) {
      return new Besluit.Afgewezen("Deze toestemming is al gegeven en nog geldig.");
    }
    Toestemming t = new Toestemming(UUID.randomUUID(), soort, werkgever, doel, versie, op, wijze, door, null, null);
    toestemmingen.add(t);
    return new Besluit.Gegeven(t);
  }

  public Besluit trekIn(Soort soort, UUID werkgever, String door, Instant op) {
    Optional<Toestemming> actief = actief(soort, werkgever);
    if (actief.isEmpty()) return new Besluit.Afgewezen("Er is geen geldige toestemming om in te trekken.");
    Toestemming ingetrokken = actief.get().ingetrokken(op, door);
    toestemmingen.replaceAll(t -> t.id().equals(ingetrokken.id()) ? ingetrokken : t);
    return new Besluit.Ingetrokken(ingetrokken);
  }

  /** Uitkomst van een handeling op het register. */
  public sealed interface Besluit {
    record Gegeven(Toestemming toestemming) implements Besluit {}

    record Ingetrokken(Toestemming toestemming) implements Besluit {}

    record Afgewezen(String reden) implements Besluit {}
  }
}
