package nl.perspectiefopwerk.beoordeling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Onderdeel;

/** De volledigheidstoets van het ondersteuningsteam op één ingediende versie. */
public record Volledigheidstoets(UUID id, int planversie, boolean volledig, String opmerking, String door, Instant op,
    List<Uitkomst> onderdelen) {

  public Volledigheidstoets {
    onderdelen = List.copyOf(onderdelen);
  }

  public record Uitkomst(Onderdeel onderdeel, boolean inOrde, String opmerking) {}
}
