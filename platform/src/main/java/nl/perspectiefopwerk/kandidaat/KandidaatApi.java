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

  /**
   * Welke kandidaat hoort bij de profielcode die deze kijker (werkgever, bemiddelaar of regioloket van de
   * regio) in het bestand ziet; leeg als het profiel voor hem niet zichtbaar is. Alleen voor de
   * bemiddelingsroute: het id wordt nooit aan de kijker getoond.
   */
  Optional<KandidaatId> kandidaatVoorProfielcode(HuidigeGebruiker kijker, String profielcode);

  /**
   * Naam, e-mail en telefoon van de kandidaat voor één werkgever(-organisatie), alleen als de kandidaat
   * die werkgever toestemming gaf voor identiteitsvrijgave; de inzage wordt vastgelegd. Anders leeg.
   */
  Optional<Contactgegevens> contactVoorWerkgever(KandidaatId kandidaat, java.util.UUID werkgeverOrganisatie);

  /**
   * Het regioloket legt (op papier, namens de kandidaat) toestemming vast om naam en contact met één
   * werkgever(-organisatie) te delen. True als de toestemming daarna actief is.
   */
  boolean geefIdentiteitstoestemmingOpPapier(KandidaatId kandidaat, java.util.UUID werkgeverOrganisatie, String door);

  /**
   * Bemiddeling: de kandidaat is geplaatst en verlaat het bestand (niet meer te vinden of te koppelen), in
   * dezelfde transactie als de plaatsing.
   */
  void plaatsingGestart(KandidaatId kandidaat, java.time.LocalDate start);

  /** Bemiddeling: na uitval komt de kandidaat terug in het bestand als hij dat wil; anders gaat hij eruit. */
  void plaatsingBeeindigd(KandidaatId kandidaat, boolean terugInBestand);

  /** Aantal zichtbare profielen in een regio (geaggregeerd, voor dashboards). */
  long aantalZichtbaar(String regiocode);

  /** Matchgegevens van alle kandidaten van een regio die in het bestand staan (voor de matchingindex). */
  java.util.List<Matchgegevens> matchgegevens(String regiocode);

  /** Matchgegevens van één kandidaat (ook als hij niet zichtbaar is; zie {@link Matchgegevens#zichtbaar()}). */
  Optional<Matchgegevens> matchgegevens(KandidaatId id);

  /** De profielcode waaronder deze kijker (werkgever, bemiddelaar, regioloket) de kandidaat in het bestand ziet. */
  String profielcode(KandidaatId id, HuidigeGebruiker kijker);

  /**
   * De profielcode waaronder deze organisatie (bijvoorbeeld een werkgever) de kandidaat in het bestand ziet. Alleen voor
   * de bemiddelingsroute als het regioloket namens die organisatie handelt (grote werving): de werkgever moet het
   * verzoek herkennen aan zijn eigen profielcode.
   */
  String profielcodeVoorOrganisatie(KandidaatId id, java.util.UUID organisatie);

  /** De kandidaat die bij dit account hoort (rol KANDIDAAT), of leeg. */
  Optional<KandidaatId> kandidaatVanGebruiker(String gebruikersnaam);

  /**
   * Alleen geaggregeerd: hoe vaak elke doelgroep voorkomt in deze lijst kandidaten (met herhaling; een
   * kandidaat in twee doelgroepen telt bij beide). Voor de fairnessmonitor; nooit per persoon.
   */
  java.util.Map<Doelgroep, Long> telDoelgroepen(java.util.List<KandidaatId> kandidaten);

  /**
   * Mag deze gebruiker deze kandidaat begeleiden (bijv. een scholingstraject vastleggen)? Dezelfde regel
   * als voor identiteitsinzage (consulent van de inbrengende organisatie, regioloket van de regio), maar
   * zonder iets over de persoon terug te geven; daarom geen inzage in het verwerkingenlog.
   */
  boolean magBegeleiden(HuidigeGebruiker gebruiker, KandidaatId kandidaat);

  /** Tellingen van het bestand voor alle regio's tegelijk (één query; voor het landelijke dashboard). */
  java.util.List<Bestandstelling> bestandstellingen();

  /** Dezelfde tellingen binnen één regio, per inbrengende organisatie (groep = organisatie-id of leeg). */
  java.util.List<Bestandstelling> bestandstellingenPerOrganisatie(String regiocode);

  /**
   * Herkomst van een intake.
   *
   * @param bron bijvoorbeeld "gemeente:GM0758", "uwv" of "zelfmelding"
   * @param externId het nummer in het bronsysteem (mag null zijn bij handmatige intake)
   */
  record Herkomst(java.util.UUID organisatie, String bron, String externId, String door) {}
}
