package nl.perspectiefopwerk.actieplan.domain;

import static nl.perspectiefopwerk.actieplan.PlanStatus.AFGEWEZEN;
import static nl.perspectiefopwerk.actieplan.PlanStatus.CONCEPT;
import static nl.perspectiefopwerk.actieplan.PlanStatus.GEADVISEERD;
import static nl.perspectiefopwerk.actieplan.PlanStatus.GOEDGEKEURD;
import static nl.perspectiefopwerk.actieplan.PlanStatus.INGEDIEND;
import static nl.perspectiefopwerk.actieplan.PlanStatus.IN_HERZIENING;
import static nl.perspectiefopwerk.actieplan.PlanStatus.TERUGGESTUURD;
import static nl.perspectiefopwerk.actieplan.PlanStatus.VOLLEDIG;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.perspectiefopwerk.actieplan.PlanStatus;

/**
 * De toegestane overgangen van een doe-agenda:
 *
 * <pre>
 * CONCEPT → INGEDIEND                     (regio dient in; alleen volledig en vóór de uiterste datum)
 * INGEDIEND → VOLLEDIG | TERUGGESTUURD    (ondersteuningsteam: volledigheidstoets)
 * TERUGGESTUURD → INGEDIEND               (regio dient opnieuw in)
 * VOLLEDIG → GEADVISEERD                  (stuurgroep adviseert op de vijf criteria)
 * GEADVISEERD → GOEDGEKEURD | AFGEWEZEN   (ministerie besluit)
 * AFGEWEZEN → INGEDIEND                   (regio dient een verbeterd plan in)
 * GOEDGEKEURD → IN_HERZIENING             (herziening met reden, bijv. Covid-19)
 * IN_HERZIENING → GOEDGEKEURD             (herziening ingediend: nieuwe versie, looptijd blijft)
 * </pre>
 *
 * Alle andere overgangen, ook naar dezelfde status, worden afgewezen.
 */
public final class Planlevensloop {

  private static final Map<PlanStatus, Set<PlanStatus>> OVERGANGEN = new EnumMap<>(PlanStatus.class);

  static {
    for (PlanStatus s : PlanStatus.values()) OVERGANGEN.put(s, EnumSet.noneOf(PlanStatus.class));
    OVERGANGEN.put(CONCEPT, EnumSet.of(INGEDIEND));
    OVERGANGEN.put(INGEDIEND, EnumSet.of(VOLLEDIG, TERUGGESTUURD));
    OVERGANGEN.put(TERUGGESTUURD, EnumSet.of(INGEDIEND));
    OVERGANGEN.put(VOLLEDIG, EnumSet.of(GEADVISEERD));
    OVERGANGEN.put(GEADVISEERD, EnumSet.of(GOEDGEKEURD, AFGEWEZEN));
    OVERGANGEN.put(AFGEWEZEN, EnumSet.of(INGEDIEND));
    OVERGANGEN.put(GOEDGEKEURD, EnumSet.of(IN_HERZIENING));
    OVERGANGEN.put(IN_HERZIENING, EnumSet.of(GOEDGEKEURD));
  }

  private Planlevensloop() {}

  /** Het besluit over een overgang. */
  public sealed interface Overgang {
    record Toegestaan(PlanStatus van, PlanStatus naar) implements Overgang {}

    /** @param reden sleutel van de melding */
    record Afgewezen(PlanStatus van, PlanStatus naar, String reden) implements Overgang {}
  }

  public static Overgang beoordeel(PlanStatus van, PlanStatus naar) {
    if (van == null || naar == null) throw new IllegalArgumentException("van en naar zijn verplicht");
    return OVERGANGEN.get(van).contains(naar) ? new Overgang.Toegestaan(van, naar) : new Overgang.Afgewezen(van, naar, "actieplan.overgang.afgewezen");
  }

  public static Set<PlanStatus> mogelijkVanuit(PlanStatus van) {
    Set<PlanStatus> s = OVERGANGEN.get(van);
    return s.isEmpty() ? EnumSet.noneOf(PlanStatus.class) : EnumSet.copyOf(s);
  }
}
