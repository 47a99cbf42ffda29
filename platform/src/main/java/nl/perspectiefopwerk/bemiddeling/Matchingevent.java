package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.KandidaatId;

/**
 * Een matchingevent met uitgenodigde werkgevers en (anonieme) kandidaten, aanwezigheid en de gesprekken en
 * plaatsingen die eruit voortkwamen.
 */
public record Matchingevent(
    MatchingeventId id,
    String regiocode,
    Matchingeventtype type,
    String titel,
    LocalDate datum,
    String plaats,
    List<Werkgever> werkgevers,
    List<Kandidaat> kandidaten,
    int versie) {

  public Matchingevent {
    Objects.requireNonNull(id);
    Objects.requireNonNull(type);
    werkgevers = List.copyOf(werkgevers);
    kandidaten = List.copyOf(kandidaten);
  }

  /** @param aanwezig null zolang niet vastgelegd */
  public record Werkgever(UUID organisatie, String naam, Boolean aanwezig) {}

  /** Alleen de profielcode (zoals het regioloket die ziet): anoniem tot de kandidaat toestemming geeft. */
  public record Kandidaat(@com.fasterxml.jackson.annotation.JsonIgnore KandidaatId kandidaat, String profielcode, Boolean aanwezig) {}
}
