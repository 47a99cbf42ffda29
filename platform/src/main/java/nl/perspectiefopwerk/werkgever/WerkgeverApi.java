package nl.perspectiefopwerk.werkgever;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** De publieke ingang van de module werkgever voor andere modules (bijvoorbeeld matching). */
public interface WerkgeverApi {

  /** De open werkplekken in een arbeidsmarktregio. */
  List<Werkplek> openWerkplekken(String regiocode);

  Optional<Werkplek> werkplek(WerkplekId id);

  Optional<Werkgeverprofiel> profiel(UUID organisatieId);

  /**
   * Heeft het werkgeversservicepunt (het regioloket) deze werkgever(-organisatie) gescreend? Alleen dan mag hij in het
   * bestand zoeken en krijgt hij kandidaten voorgesteld (ook via grote werving).
   */
  boolean isGescreend(UUID werkgeverOrganisatie);
}
