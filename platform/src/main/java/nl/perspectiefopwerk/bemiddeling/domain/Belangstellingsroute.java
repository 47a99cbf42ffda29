package nl.perspectiefopwerk.bemiddeling.domain;

import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.AANGEVRAAGD;
import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.GEEN_MATCH;
import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.GESPREK_GEPLAND;
import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.INGETROKKEN;
import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.KANDIDAAT_AKKOORD;
import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.KANDIDAAT_WEIGERT;
import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.MATCH;
import static nl.perspectiefopwerk.bemiddeling.BelangstellingStatus.VERVOLG;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.bemiddeling.BelangstellingStatus;

/**
 * De toegestane overgangen van een belangstelling: aangevraagd → akkoord, weigering of ingetrokken;
 * akkoord → gesprek gepland; gesprek → match, geen match of vervolg; vervolg → opnieuw een gesprek.
 * Alle andere overgangen (ook naar dezelfde status) worden afgewezen.
 */
public final class Belangstellingsroute {

  private static final Map<BelangstellingStatus, Set<BelangstellingStatus>> OVERGANGEN = new EnumMap<>(BelangstellingStatus.class);

  static {
    for (BelangstellingStatus s : BelangstellingStatus.values()) OVERGANGEN.put(s, EnumSet.noneOf(BelangstellingStatus.class));
    OVERGANGEN.put(AANGEVRAAGD, EnumSet.of(KANDIDAAT_AKKOORD, KANDIDAAT_WEIGERT, INGETROKKEN));
    OVERGANGEN.put(KANDIDAAT_AKKOORD, EnumSet.of(GESPREK_GEPLAND));
    OVERGANGEN.put(GESPREK_GEPLAND, EnumSet.of(MATCH, GEEN_MATCH, VERVOLG));
    OVERGANGEN.put(VERVOLG, EnumSet.of(GESPREK_GEPLAND));
  }

  private Belangstellingsroute() {}

  /** Het besluit over een overgang. */
  public sealed interface Overgang {
    record Toegestaan(BelangstellingStatus van, BelangstellingStatus naar) implements Overgang {}

    /** @param reden sleutel van de melding */
    record Afgewezen(BelangstellingStatus van, BelangstellingStatus naar, String reden) implements Overgang {}
  }

  public static Overgang beoordeel(BelangstellingStatus van, BelangstellingStatus naar) {
    if (van == null || naar == null) throw new IllegalArgumentException("van en naar zijn verplicht");
    return OVERGANGEN.get(van).contains(naar)
        ? new Overgang.Toegestaan(van, naar)
        : new Overgang.Afgewezen(van, naar, "bemiddeling.overgang.afgewezen");
  }

  public static Set<BelangstellingStatus> mogelijkVanuit(BelangstellingStatus van) {
    Set<BelangstellingStatus> s = OVERGANGEN.get(van);
    return s.isEmpty() ? EnumSet.noneOf(BelangstellingStatus.class) : EnumSet.copyOf(s);
  }
}
