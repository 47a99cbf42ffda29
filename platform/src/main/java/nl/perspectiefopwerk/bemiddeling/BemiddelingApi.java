package nl.perspectiefopwerk.bemiddeling;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;

/**
 * De publieke ingang van de module bemiddeling: tellingen en maandcijfers (alleen aantallen) voor monitoring, en de
 * belangstellingen uit een geaccepteerd voorstel van grote werving (module matching).
 */
public interface BemiddelingApi {

  /** Aantal belangstellingen in een regio met deze status. */
  long aantal(String regiocode, BelangstellingStatus status);

  /** Aantal openstaande verzoeken (AANGEVRAAGD) in een regio waarvan de termijn is verstreken. */
  long aantalTeLaat(String regiocode);

  /**
   * De bemiddelingscijfers van één regio per maand van {@code van} tot en met {@code tot}: belangstellingen, eerste
   * gesprekken, plaatsingen (op startdatum), duurzame plaatsingen, uitvallers en de mediane doorlooptijd van verzoek
   * tot eerste gesprek. Afgeleid uit de vastgelegde feiten; elke maand staat erin, ook zonder activiteit.
   */
  List<Maandcijfers> maandcijfers(String regiocode, YearMonth van, YearMonth tot);

  /** Dezelfde cijfers voor alle regio's met bemiddelingsactiviteit tegelijk (regiocode → maanden), voor een landelijk dashboard. */
  Map<String, List<Maandcijfers>> maandcijfersPerRegio(YearMonth van, YearMonth tot);

  /**
   * Het regioloket heeft een voorstel van grote werving geaccepteerd: elk paar start de gewone route, alsof de werkgever
   * van de werkplek belangstelling toonde voor het anonieme profiel (soort {@link Belangstellingssoort#GROTE_WERVING},
   * status AANGEVRAAGD, als taak bij het regioloket, zelfde toestemmingspoort). Een paar waarvoor al een lopende
   * belangstelling bestaat, of dat niet (meer) door de controles komt, wordt overgeslagen met een reden; de rest gaat
   * door. Draait in de transactie van de aanroeper.
   *
   * @param regioloket de gebruiker met rol REGIOLOKET die het voorstel accepteerde
   * @param voorstelnaam de naam van het voorstel (komt in het bericht aan de werkgever)
   * @return per paar, in dezelfde volgorde, de belangstelling of de reden van overslaan
   */
  List<Voorstelbelangstelling> belangstellingenUitVoorstel(HuidigeGebruiker regioloket, String voorstelnaam, List<Voorstelpaar> paren);
}
