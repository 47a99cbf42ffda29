package nl.perspectiefopwerk.kandidaat.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;

/**
 * De werkfitbeoordeling van een consulent. Werkvormen staan in volgorde van voorkeur (regulier >
 * leerwerkplek > basisbaan); de beoordeling verloopt op {@code geldigTot}.
 */
public record Werkfitbeoordeling(
    WerkfitGraad graad,
    List<Werkvorm> werkvormen,
    List<Instrument> instrumenten,
    String resterendeStappen,
    String beoordeeldDoor,
    LocalDate beoordeeldOp,
    LocalDate geldigTot) {

  public Werkfitbeoordeling {
    Objects.requireNonNull(graad, "graad is verplicht");
    Objects.requireNonNull(beoordeeldOp, "datum is verplicht");
    Objects.requireNonNull(geldigTot, "geldig tot is verplicht");
    werkvormen = werkvormen == null ? List.of() : werkvormen.stream().distinct().sorted().toList();
    instrumenten = instrumenten == null ? List.of() : instrumenten.stream().distinct().sorted().toList();
    if (graad == WerkfitGraad.WERKFIT && werkvormen.isEmpty()) {
      throw new IllegalArgumentException("Een werkfitte kandidaat heeft minstens één passende werkvorm.");
    }
    if (!geldigTot.isAfter(beoordeeldOp)) throw new IllegalArgumentException("geldig tot ligt na de beoordelingsdatum");
  }

  /** Nieuwe beoordeling die {@code maanden} maanden geldig is. */
  public static Werkfitbeoordeling op(
      WerkfitGraad graad, List<Werkvorm> werkvormen, List<Instrument> instrumenten, String stappen,
      String door, LocalDate op, int maanden) {
    return new Werkfitbeoordeling(graad, werkvormen, instrumenten, stappen, door, op, op.plusMonths(maanden));
  }

  public boolean isWerkfitOp(LocalDate dag) {
    return graad == WerkfitGraad.WERKFIT && dag.isBefore(geldigTot);
  }

  public boolean isVerlopenOp(LocalDate dag) {
    return !dag.isBefore(geldigTot);
  }

  /** De voorkeurswerkvorm, of null als er geen is. */
  public Werkvorm voorkeur() {
    return werkvormen.isEmpty() ? null : werkvormen.getFirst();
  }
}
