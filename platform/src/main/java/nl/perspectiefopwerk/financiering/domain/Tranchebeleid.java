package nl.perspectiefopwerk.financiering.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.actieplan.Indienvenster;
import nl.perspectiefopwerk.financiering.Circulaire;
import nl.perspectiefopwerk.financiering.Voorwaarde;

/**
 * De regels van de tranches, als zuivere functies.
 *
 * <p>Tranche 1 valt in de circulaire van het indienvenster van het plan; is het plan pas goedgekeurd na de
 * BZK-deadline van die circulaire, dan schuift het door naar de volgende (september → december → maart).
 *
 * <p>Tranche 2 wordt toegekend als alle vier voorwaarden zijn vervuld; anders geweigerd met de lijst van
 * niet-vervulde voorwaarden.
 */
public final class Tranchebeleid {

  private Tranchebeleid() {}

  public static Circulaire circulaireTranche1(Indienvenster venster, LocalDate besluitdatum, LocalDate bzkSeptember, LocalDate bzkDecember) {
    if (venster == Indienvenster.SEPTEMBERCIRCULAIRE && !besluitdatum.isAfter(bzkSeptember)) return Circulaire.SEPTEMBER_2019;
    if (!besluitdatum.isAfter(bzkDecember)) return Circulaire.DECEMBER_2019;
    return Circulaire.MAART_2020;
  }

  public sealed interface Uitkomst {
    Map<Voorwaarde, Boolean> voorwaarden();

    record Toegekend(Map<Voorwaarde, Boolean> voorwaarden) implements Uitkomst {}

    record Geweigerd(Map<Voorwaarde, Boolean> voorwaarden, List<Voorwaarde> nietVoldaan) implements Uitkomst {}
  }

  public static Uitkomst tranche2(boolean goedeVoortgang, int aanwezigheidProcent, int drempelProcent, boolean rapportageIngediend,
      boolean medewerkingMonitoring) {
    Map<Voorwaarde, Boolean> v = new EnumMap<>(Voorwaarde.class);
    v.put(Voorwaarde.GOEDE_VOORTGANG, goedeVoortgang);
    v.put(Voorwaarde.AANWEZIGHEID, aanwezigheidProcent >= drempelProcent);
    v.put(Voorwaarde.RAPPORTAGE, rapportageIngediend);
    v.put(Voorwaarde.MEDEWERKING_MONITORING, medewerkingMonitoring);
    List<Voorwaarde> niet = new ArrayList<>();
    v.forEach((k, ok) -> {
      if (!ok) niet.add(k);
    });
    return niet.isEmpty() ? new Uitkomst.Toegekend(v) : new Uitkomst.Geweigerd(v, List.copyOf(niet));
  }
}
