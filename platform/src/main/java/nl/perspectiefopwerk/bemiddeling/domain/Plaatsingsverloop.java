package nl.perspectiefopwerk.bemiddeling.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.bemiddeling.PlaatsingStatus;

/**
 * De toegestane overgangen van een plaatsing: gestart → duurzaam (het laatste nazorgcontact bevestigt het werk)
 * of beëindigd (uitval). Duurzaam en beëindigd zijn eindtoestanden; alle andere overgangen worden afgewezen.
 */
public final class Plaatsingsverloop {

  private static final Map<PlaatsingStatus, Set<PlaatsingStatus>> OVERGANGEN = new EnumMap<>(PlaatsingStatus.class);

  static {
    for (PlaatsingStatus s : PlaatsingStatus.values()) OVERGANGEN.put(s, EnumSet.noneOf(PlaatsingStatus.class));
    OVERGANGEN.put(PlaatsingStatus.GESTART, EnumSet.of(PlaatsingStatus.DUURZAAM, PlaatsingStatus.BEEINDIGD));
  }

  private Plaatsingsverloop() {}

  public sealed interface Overgang {
    record Toegestaan(PlaatsingStatus van, PlaatsingStatus naar) implements Overgang {}

    /** @param reden sleutel van de melding */
    record Afgewezen(PlaatsingStatus van, PlaatsingStatus naar, String reden) implements Overgang {}
  }

  public static Overgang beoordeel(PlaatsingStatus van, PlaatsingStatus naar) {
    if (van == null || naar == null) throw new IllegalArgumentException("van en naar zijn verplicht");
    return OVERGANGEN.get(van).contains(naar)
        ? new Overgang.Toegestaan(van, naar)
        : new Overgang.Afgewezen(van, naar, "bemiddeling.plaatsing.overgangAfgewezen");
  }

  public static Set<PlaatsingStatus> mogelijkVanuit(PlaatsingStatus van) {
    Set<PlaatsingStatus> s = OVERGANGEN.get(van);
    return s.isEmpty() ? EnumSet.noneOf(PlaatsingStatus.class) : EnumSet.copyOf(s);
  }
}
