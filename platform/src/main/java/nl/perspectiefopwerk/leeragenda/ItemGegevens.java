package nl.perspectiefopwerk.leeragenda;

import java.util.UUID;

/** Het formulier voor een nieuw item (web en API); de service valideert. */
public record ItemGegevens(
    Itemsoort soort, String titel, String samenvatting, String beschrijving, Thema thema, Pijler pijler, Productvorm vorm, String url,
    String resultaten, UUID activiteitId, UUID cyclusId, Stedelijkheid stedelijkheid, Omvang omvang, String sectoren, Boolean mislukt,
    Doelpubliek doelpubliek, Boolean landelijk) {

  public static ItemGegevens leeg(Itemsoort soort, UUID cyclus) {
    return new ItemGegevens(soort, null, null, null, null, null, null, null, null, null, cyclus, null, null, null, false, Doelpubliek.BEIDE,
        false);
  }
}
