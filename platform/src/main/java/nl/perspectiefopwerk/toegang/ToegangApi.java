package nl.perspectiefopwerk.toegang;

import java.util.List;
import java.util.Optional;

/** De publieke ingang van de module toegang voor andere modules. */
public interface ToegangApi {

  /** De ingelogde persoon, of leeg (anoniem of een systeemkoppeling). */
  Optional<HuidigeGebruiker> huidigeGebruiker();

  List<Organisatie> organisatiesInRegio(String regiocode);

  List<Organisatie> organisatiesVanType(OrganisatieType type);

  Optional<Organisatie> organisatie(OrganisatieId id);

  /** De organisatie van een actieve systeemkoppeling (OAuth2 client-id, de {@code sub} van het token), of leeg. */
  Optional<Organisatie> organisatieVanKoppeling(String clientId);

  /** Voor demodata en koppelingen van andere modules: een organisatie aanmaken als ze nog niet bestaat. */
  Organisatie zorgVoorOrganisatie(String naam, OrganisatieType type, String gemeentecode, List<String> regiocodes, boolean demo);

  /**
   * Zelfmelding: een account met rol KANDIDAAT, zonder organisatie, in de regio van de woonplaats. Het
   * e-mailadres (in kleine letters) wordt de gebruikersnaam.
   *
   * @return het nieuwe account, of leeg als er al een account met deze gebruikersnaam bestaat
   */
  Optional<GebruikerId> registreerKandidaat(String email, String naam, String wachtwoordHash, String regiocode);

  /**
   * Voor meldingen: de actieve gebruikers met deze rol, voor een regionale rol alleen die in {@code regiocode}
   * werken (via hun organisatie of eigen regio); {@code regiocode} null = ongeacht de regio.
   */
  List<GebruikerContact> actieveGebruikers(Rol rol, String regiocode);

  /** Voor meldingen: naam en e-mailadres van één actieve gebruiker. */
  Optional<GebruikerContact> gebruikerContact(GebruikerId id);

  /** Naam en e-mailadres (het e-mailadres, anders de gebruikersnaam als die een adres is, anders null). */
  record GebruikerContact(GebruikerId id, String naam, String email) {}
}
