package nl.perspectiefopwerk.leeragenda;

import java.util.UUID;

/** Het formulier voor een nieuw item (web en API); de service valideert. */
public record ItemGegevens(
    Itemsoort soort, String titel, String samenvatting, String beschrijving, Thema thema, Pijler pijler, Productvorm vorm, String url,
    String resultaten, UUID activiteitId, UUID cyclusId, Stedelijkheid stedelijkheid, Omvang omvang, String sectoren, Boolean mislukt,
    Doelpubliek doelpubliek, Boolean landelijk) {

  public static ItemGegevens van(Item i) {
    return new ItemGegevens(i.soort(), i.titel(), i.samenvatting(), i.inhoud(), i.thema(), i.pijler(), i.vorm(), i.url(), i.resultaten(),
        i.activiteitId(), i.cyclusId(), i.stedelijkheid(), i.omvang(), i.sectoren(), i.mislukt(), i.doelpubliek(), i.regiocode() == null);
  }

  public static ItemGegevens leeg(Itemsoort soort, UUID cyclus) {
    return new ItemGegevens(soort, null, null, null, null, null, null, null, null, null, cyclus, null, null, null, false, Doelpubliek.BEIDE,
        false);
  }
}
