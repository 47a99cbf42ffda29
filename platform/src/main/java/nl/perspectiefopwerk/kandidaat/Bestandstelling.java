package nl.perspectiefopwerk.kandidaat;

/**
 * Geaggregeerde tellingen van het kandidatenbestand van één groep (een regio, of binnen een regio een
 * inbrengende organisatie), voor monitoring. Nooit een persoon.
 *
 * @param groep regiocode, of het id van de inbrengende organisatie (leeg: zelfmelding zonder organisatie)
 * @param geidentificeerd kandidaten die de regio kent (ingebracht of zelf aangemeld, niet geanonimiseerd)
 * @param werkfit met een geldige beoordeling "werkfit"
 * @param inBestand zichtbaar in het anonieme bestand (werkfit, toestemming, bevestigd, niet uit het bestand)
 * @param verouderd wel in het bestand en met toestemming, maar onzichtbaar doordat werkfit of bevestiging verlopen is
 */
public record Bestandstelling(String groep, long geidentificeerd, long werkfit, long inBestand, long verouderd) {

  /** Aandeel verouderde profielen: verouderd / (zichtbaar + verouderd), 0 als er niets is. */
  public double aandeelVerouderd() {
    long noemer = inBestand + verouderd;
    return noemer == 0 ? 0 : (double) verouderd / noemer;
  }
}
