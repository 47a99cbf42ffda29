package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.Werkplektype;

/**
 * Een plaatsing: de match die voor de ambitie van de regio telt, op de startdatum (ARCHITECTURE §11).
 *
 * @param jobcoach de gebruikersnaam van de jobcoach (ziet deze plaatsing in zijn nazorg), of null
 * @param scholingstraject verwijzing naar een scholingstraject (id of omschrijving), of null; bewust los van de module scholing
 * @param terugInBestand na beëindiging: wilde de kandidaat terug in het bestand
 */
public record Plaatsing(
    PlaatsingId id,
    BelangstellingId belangstelling,
    String regiocode,
    KandidaatId kandidaat,
    WerkplekId werkplek,
    UUID werkgeverOrganisatie,
    LocalDate startdatum,
    Werkplektype werkplektype,
    Contractvorm contractvorm,
    int urenPerWeek,
    List<Instrument> instrumenten,
    String afspraken,
    String jobcoach,
    String scholingstraject,
    PlaatsingStatus status,
    LocalDate duurzaamOp,
    LocalDate beeindigdOp,
    String beeindigingReden,
    Boolean terugInBestand,
    int versie) {

  public Plaatsing {
    Objects.requireNonNull(id);
    Objects.requireNonNull(belangstelling);
    Objects.requireNonNull(kandidaat);
    Objects.requireNonNull(startdatum);
    Objects.requireNonNull(status);
    instrumenten = List.copyOf(instrumenten);
  }
}
