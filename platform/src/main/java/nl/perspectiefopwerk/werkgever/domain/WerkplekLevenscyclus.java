package nl.perspectiefopwerk.werkgever.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.werkgever.WerkplekStatus;

/**
 * De toegestane statusovergangen van een werkplek: open naar vervuld of gesloten, en vervuld of
 * gesloten weer naar open. Alle andere overgangen (ook naar dezelfde status) worden afgewezen.
 */
public final class WerkplekLevenscyclus {

  private static final Map<WerkplekStatus, Set<WerkplekStatus>> OVERGANGEN = new EnumMap<>(WerkplekStatus.class);

  static {
    OVERGANGEN.put(WerkplekStatus.OPEN, EnumSet.of(WerkplekStatus.VERVULD, WerkplekStatus.GESLOTEN));
    OVERGANGEN.put(WerkplekStatus.VERVULD, EnumSet.of(WerkplekStatus.OPEN));
    OVERGANGEN.put(WerkplekStatus.GESLOTEN, EnumSet.of(WerkplekStatus.OPEN));
  }

  private WerkplekLevenscyclus() {}

  /** Het besluit over een overgang. */
  public sealed interface Overgang {
    record Toegestaan(WerkplekStatus van, WerkplekStatus naar) implements Overgang {
      /** Wordt de werkplek (opnieuw) opengesteld? */
      public boolean opent() {
        return naar == WerkplekStatus.OPEN;
      }
    }

    /** @param reden sleutel van de melding */
    record Afgewezen(WerkplekStatus van, WerkplekStatus naar, String reden) implements Overgang {}
  }

  public static Overgang beoordeel(WerkplekStatus van, WerkplekStatus naar) {
    if (van == null || naar == null) throw new IllegalArgumentException("van en naar zijn verplicht");
    return OVERGANGEN.get(van).contains(naar)
        ? new Overgang.Toegestaan(van, naar)
        : new Overgang.Afgewezen(van, naar, "werkgever.status.afgewezen");
  }

  /** De statussen waarnaar vanuit {@code van} kan worden overgegaan, voor de knoppen. */
  public static Set<WerkplekStatus> mogelijkVanuit(WerkplekStatus van) {
    return EnumSet.copyOf(OVERGANGEN.get(van));
  }
}
