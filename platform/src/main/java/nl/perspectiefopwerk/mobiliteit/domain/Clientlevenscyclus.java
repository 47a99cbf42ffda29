package nl.perspectiefopwerk.mobiliteit.domain;

import static nl.perspectiefopwerk.mobiliteit.Clientstatus.AANGEMELD;
import static nl.perspectiefopwerk.mobiliteit.Clientstatus.AFGESLOTEN;
import static nl.perspectiefopwerk.mobiliteit.Clientstatus.IN_BEHANDELING;
import static nl.perspectiefopwerk.mobiliteit.Clientstatus.NIET_IN_AANMERKING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.mobiliteit.Clientstatus;
import nl.perspectiefopwerk.mobiliteit.Clientuitkomst;

/**
 * De route van een RMT-client: aangemeld → in behandeling (intake gedaan) of niet in aanmerking; in behandeling →
 * afgesloten met een uitkomst. Afgesloten en niet in aanmerking zijn eindtoestanden. Casusbesprekingen en diensten
 * horen bij een client in behandeling.
 */
public final class Clientlevenscyclus {

  private static final Map<Clientstatus, Set<Clientstatus>> OVERGANGEN = new EnumMap<>(Clientstatus.class);

  static {
    for (Clientstatus s : Clientstatus.values()) OVERGANGEN.put(s, EnumSet.noneOf(Clientstatus.class));
    OVERGANGEN.put(AANGEMELD, EnumSet.of(IN_BEHANDELING, NIET_IN_AANMERKING));
    OVERGANGEN.put(IN_BEHANDELING, EnumSet.of(AFGESLOTEN));
  }

  private Clientlevenscyclus() {}

  public sealed interface Besluit {
    record Toegestaan(Clientstatus naar) implements Besluit {}

    /** @param reden sleutel van de melding */
    record Afgewezen(String reden) implements Besluit {}
  }

  public static Besluit beoordeel(Clientstatus van, Clientstatus naar, Clientuitkomst uitkomst) {
    if (van == null || naar == null) throw new IllegalArgumentException("van en naar zijn verplicht");
    if (!OVERGANGEN.get(van).contains(naar)) return new Besluit.Afgewezen("mobiliteit.overgang.afgewezen");
    if (naar == AFGESLOTEN && uitkomst == null) return new Besluit.Afgewezen("mobiliteit.fout.uitkomst");
    if (naar != AFGESLOTEN && uitkomst != null) return new Besluit.Afgewezen("mobiliteit.overgang.afgewezen");
    return new Besluit.Toegestaan(naar);
  }

  /** Mogen er nog besprekingen en diensten bij? */
  public static boolean kanOndersteunen(Clientstatus status) {
    return status == IN_BEHANDELING;
  }

  public static Set<Clientstatus> mogelijkVanuit(Clientstatus van) {
    Set<Clientstatus> s = OVERGANGEN.get(van);
    return s.isEmpty() ? EnumSet.noneOf(Clientstatus.class) : EnumSet.copyOf(s);
  }
}
