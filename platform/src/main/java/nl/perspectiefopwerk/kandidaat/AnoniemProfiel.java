package nl.perspectiefopwerk.kandidaat;

import java.util.List;

/**
 * Het anonieme profiel zoals een werkgever, bemiddelaar of het regioloket het in het bestand ziet.
 * Bevat bewust géén naam, BSN, geboortedatum, adres, postcode, contactgegevens, doelgroep,
 * ondersteuningsbehoefte of vrije tekst. Woonplaats en leeftijd zijn gegeneraliseerd tot elke getoonde
 * combinatie door minstens k kandidaten wordt gedeeld. De profielcode verschilt per organisatie.
 *
 * @param gemeente null als alleen de regio getoond kan worden
 * @param leeftijdsband null als zelfs de breedste band te weinig kandidaten deelt
 * @param afstandKm afgerond op 5 km, alleen als er op afstand is gezocht
 */
public record AnoniemProfiel(
    String profielcode,
    String regiocode,
    String regionaam,
    String gemeente,
    String leeftijdsband,
    Opleidingsniveau opleidingsniveau,
    boolean startkwalificatie,
    List<Ref> beroepen,
    List<Ref> vaardigheden,
    int urenPerWeek,
    List<Werkvorm> werkvormen,
    List<Instrument> instrumenten,
    String beschikbaarVanaf,
    boolean rijbewijs,
    List<String> talen,
    String laatstBevestigd,
    Integer afstandKm) {

  /** Een ESCO-begrip met id en (weergave)naam. */
  public record Ref(String id, String naam) {}
}
