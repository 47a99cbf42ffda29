package nl.perspectiefopwerk.bemiddeling;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** De publieke ingang van de module bemiddeling: tellingen en maandcijfers (alleen aantallen) voor monitoring. */
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
}
