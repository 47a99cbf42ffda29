package nl.perspectiefopwerk.werkgever.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.werkgever.Screeningstatus;

/**
 * De screening van een werkgever: niet gescreend → gescreend of afgewezen; gescreend → afgewezen (de screening
 * wordt ingetrokken); afgewezen → gescreend (na herstel). Alleen een gescreende werkgever zoekt in het bestand,
 * en alleen met een KvK-nummer van 8 cijfers (het profiel bewaakt dat formaat; het WSP controleert het nummer).
 */
public final class Screening {

  private static final Map<Screeningstatus, Set<Screeningstatus>> OVERGANGEN = new EnumMap<>(Screeningstatus.class);

  static {
    OVERGANGEN.put(Screeningstatus.NIET_GESCREEND, EnumSet.of(Screeningstatus.GESCREEND, Screeningstatus.AFGEWEZEN));
    OVERGANGEN.put(Screeningstatus.GESCREEND, EnumSet.of(Screeningstatus.AFGEWEZEN));
    OVERGANGEN.put(Screeningstatus.AFGEWEZEN, EnumSet.of(Screeningstatus.GESCREEND));
  }

  private Screening() {}

  /** Het besluit over een overgang. */
  public sealed interface Overgang {
    record Toegestaan(Screeningstatus van, Screeningstatus naar) implements Overgang {}

    /** @param reden sleutel van de melding */
    record Afgewezen(Screeningstatus van, Screeningstatus naar, String reden) implements Overgang {}
  }

  public static Overgang beoordeel(Screeningstatus van, Screeningstatus naar) {
    if (van == null || naar == null) throw new IllegalArgumentException("van en naar zijn verplicht");
    return OVERGANGEN.get(van).contains(naar)
        ? new Overgang.Toegestaan(van, naar)
        : new Overgang.Afgewezen(van, naar, "werkgever.screening.afgewezenOvergang");
  }

  public static Set<Screeningstatus> mogelijkVanuit(Screeningstatus van) {
    return EnumSet.copyOf(OVERGANGEN.get(van));
  }

  /** Mag een werkgever met deze screening in het bestand zoeken? */
  public static boolean magZoeken(Screeningstatus status) {
    return status == Screeningstatus.GESCREEND;
  }
}
