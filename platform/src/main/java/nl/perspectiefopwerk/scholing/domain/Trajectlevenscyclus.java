package nl.perspectiefopwerk.scholing.domain;

import static nl.perspectiefopwerk.scholing.TrajectStatus.AFGEROND;
import static nl.perspectiefopwerk.scholing.TrajectStatus.GEPLAND;
import static nl.perspectiefopwerk.scholing.TrajectStatus.GESTOPT;
import static nl.perspectiefopwerk.scholing.TrajectStatus.LOPEND;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.scholing.Opleidingsuitkomst;
import nl.perspectiefopwerk.scholing.TrajectStatus;
import nl.perspectiefopwerk.scholing.Trajecttype;

/**
 * De overgangen van een scholingstraject: gepland → lopend of gestopt; lopend → afgerond (met een uitkomst die bij
 * het type past) of gestopt. Afgerond en gestopt zijn eindtoestanden. Een afwijzing is een uitkomst, geen fout.
 */
public final class Trajectlevenscyclus {

  private static final Map<TrajectStatus, Set<TrajectStatus>> OVERGANGEN = new EnumMap<>(TrajectStatus.class);

  static {
    for (TrajectStatus s : TrajectStatus.values()) OVERGANGEN.put(s, EnumSet.noneOf(TrajectStatus.class));
    OVERGANGEN.put(GEPLAND, EnumSet.of(LOPEND, GESTOPT));
    OVERGANGEN.put(LOPEND, EnumSet.of(AFGEROND, GESTOPT));
  }

  private Trajectlevenscyclus() {}

  public sealed interface Besluit {
    record Toegestaan(TrajectStatus naar, Opleidingsuitkomst uitkomst) implements Besluit {}

    /** @param reden sleutel van de melding */
    record Afgewezen(String reden) implements Besluit {}
  }

  /** Mag een traject van dit type van {@code van} naar {@code naar}, met deze uitkomst (alleen bij afronden)? */
  public static Besluit beoordeel(Trajecttype type, TrajectStatus van, TrajectStatus naar, Opleidingsuitkomst uitkomst) {
    if (type == null || van == null || naar == null) throw new IllegalArgumentException("type, van en naar zijn verplicht");
    if (!OVERGANGEN.get(van).contains(naar)) return new Besluit.Afgewezen("scholing.overgang.afgewezen");
    return switch (naar) {
      case AFGEROND -> {
        if (uitkomst == null || uitkomst == Opleidingsuitkomst.GESTOPT) yield new Besluit.Afgewezen("scholing.fout.uitkomst");
        yield Uitkomstbeleid.past(type, uitkomst) ? new Besluit.Toegestaan(AFGEROND, uitkomst)
            : new Besluit.Afgewezen("scholing.fout.uitkomstBijType");
      }
      case GESTOPT -> new Besluit.Toegestaan(GESTOPT, Opleidingsuitkomst.GESTOPT);
      default -> new Besluit.Toegestaan(naar, null);
    };
  }

  public static Set<TrajectStatus> mogelijkVanuit(TrajectStatus van) {
    Set<TrajectStatus> s = OVERGANGEN.get(van);
    return s.isEmpty() ? EnumSet.noneOf(TrajectStatus.class) : EnumSet.copyOf(s);
  }
}
