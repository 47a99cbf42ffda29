package nl.perspectiefopwerk.bemiddeling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.werkgever.WerkplekId;

/**
 * Een belangstelling zoals opgeslagen. Het kandidaat-id is intern: het wordt nooit aan een werkgever of
 * bemiddelaar getoond; die zien alleen de profielcode van de aanvragende organisatie.
 *
 * @param profielcode de profielcode zoals de aanvragende organisatie die zag
 * @param uitkomst MATCH, GEEN_MATCH of VERVOLG (de laatst vastgelegde uitkomst), of null
 * @param soort belangstelling of een directe uitnodiging (zelfde route)
 * @param eersteGesprekOp het tijdstip van het eerste gesprek (blijft staan bij een vervolggesprek), of null
 * @param matchingevent het matchingevent waaruit dit vervolggesprek voortkwam, of null
 */
public record Belangstelling(
    BelangstellingId id,
    String regiocode,
    KandidaatId kandidaat,
    String profielcode,
    WerkplekId werkplek,
    UUID werkgeverOrganisatie,
    UUID aanvragerOrganisatie,
    String aangevraagdDoor,
    String bericht,
    BelangstellingStatus status,
    LocalDate deadline,
    String antwoord,
    Instant gesprekOp,
    String gesprekLocatie,
    boolean gesprekOnline,
    String uitkomst,
    String uitkomstReden,
    Instant aangemaaktOp,
    int versie,
    Belangstellingssoort soort,
    Instant eersteGesprekOp,
    MatchingeventId matchingevent) {

  public Belangstelling {
    Objects.requireNonNull(id);
    Objects.requireNonNull(kandidaat);
    Objects.requireNonNull(werkplek);
    Objects.requireNonNull(status);
    if (soort == null) soort = Belangstellingssoort.BELANGSTELLING;
  }

  /** Staat het verzoek nog open terwijl de termijn verstreken is? */
  public boolean teLaat(LocalDate vandaag) {
    return status == BelangstellingStatus.AANGEVRAAGD && deadline != null && deadline.isBefore(vandaag);
  }
}
