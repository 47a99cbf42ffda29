package nl.perspectiefopwerk.werkgever;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;

/**
 * Een werkplek van een werkgever.
 *
 * @param beroepId het ESCO-beroep (UUID aan het eind van de URI)
 * @param vaardigheden de gekozen ESCO-vaardigheden (ids)
 * @param postcode de volledige postcode, bijvoorbeeld {@code 5611 AB}
 * @param regiocode de arbeidsmarktregio van de postcode
 */
public record Werkplek(
    WerkplekId id,
    UUID werkgeverId,
    String regiocode,
    Werkplektype type,
    String titel,
    String beroepId,
    String beroepNaam,
    List<String> vaardigheden,
    int urenPerWeek,
    String postcode,
    LocalDate startdatum,
    int aantalPlaatsen,
    Opleidingsniveau minOpleiding,
    String taal,
    boolean rijbewijs,
    boolean jobcarving,
    String aanpassingen,
    List<Instrument> instrumenten,
    WerkplekStatus status,
    int versie) {

  public Werkplek {
    Objects.requireNonNull(id);
    Objects.requireNonNull(werkgeverId);
    Objects.requireNonNull(type);
    Objects.requireNonNull(status);
    vaardigheden = List.copyOf(vaardigheden);
    instrumenten = List.copyOf(instrumenten);
  }
}
