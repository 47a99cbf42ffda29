package nl.perspectiefopwerk.bemiddeling;

/** De publieke ingang van de module bemiddeling: eenvoudige tellingen voor monitoring. */
public interface BemiddelingApi {

  /** Aantal belangstellingen in een regio met deze status. */
  long aantal(String regiocode, BelangstellingStatus status);

  /** Aantal openstaande verzoeken (AANGEVRAAGD) in een regio waarvan de termijn is verstreken. */
  long aantalTeLaat(String regiocode);
}
