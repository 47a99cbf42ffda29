package nl.perspectiefopwerk.kandidaat;

import java.util.Optional;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;

/** De publieke ingang van de module kandidaat. */
public interface KandidaatApi {

  /**
   * Intake of import van één persoon. Dezelfde persoon (zelfde BSN, of zelfde bron en extern nummer)
   * wordt één kandidaat met meerdere bronnen.
   *
   * @param herkomst de organisatie (gemeente of UWV) die de kandidaat inbrengt, met bron en extern nummer
   */
  IntakeUitkomst neemIn(IntakeGegevens gegevens, Herkomst herkomst);

  /** Zoekt in het anonieme bestand van de regio van de gebruiker (werkgever, bemiddelaar, regioloket). */
  Pagina<AnoniemProfiel> zoekInBestand(HuidigeGebruiker gebruiker, Zoekfilter filter, PaginaVerzoek verzoek);

  /** Eén anoniem profiel op de profielcode die deze gebruiker ziet; leeg als het er (niet meer) is. */
  Optional<AnoniemProfiel> profiel(HuidigeGebruiker gebruiker, String profielcode);

  /** Aantal zichtbare profielen in een regio (geaggregeerd, voor dashboards). */
  long aantalZichtbaar(String regiocode);

  /**
   * Herkomst van een intake.
   *
   * @param bron bijvoorbeeld "gemeente:GM0758", "uwv" of "zelfmelding"
   * @param externId het nummer in het bronsysteem (mag null zijn bij handmatige intake)
   */
  record Herkomst(java.util.UUID organisatie, String bron, String externId, String door) {}
}
