package nl.perspectiefopwerk.toegang.demo;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.demo.DemoDataBijdrager;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.Gemeente;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.regio.Regiocode;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository.ApiClientRecord;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo-organisaties en -accounts: per regio de gemeenten (met de centrumgemeente), een UWV-vestiging,
 * een regioloket, drie werkgevers, een bemiddelaar en een school; landelijk het ondersteuningsteam,
 * de stuurgroep, het ministerie, een evaluatiebureau en het platformbeheer. Accounts heten
 * {@code <rol>@<regiocode>}, wachtwoord {@code demo}. Alle bedrijven en personen zijn verzonnen.
 */
@Component
@Profile("demo")
class ToegangDemoData implements DemoDataBijdrager {

  static final String WACHTWOORD = "demo";

  /** Verzonnen werkgevers; de regionaam maakt ze per regio uniek. */
  private static final List<String> WERKGEVERS =
      List.of(
          "Bouwbedrijf Denkbeeldig", "Zorggroep Verzonnen Zorg", "Logistiek Proefpakket", "Metaalwerken Fictief",
          "Bakkerij De Voorbeeldkorst", "Groenbedrijf Schijnblad", "Installatietechniek Nepstroom",
          "Hotel Het Bedachte Anker", "Supermarkt Oefenmarkt", "Schoonmaakbedrijf Blinkend Voorbeeld");

  private final RegioApi regio;
  private final ToegangApi toegang;
  private final ToegangRepository repository;
  private final PasswordEncoder encoder;

  ToegangDemoData(RegioApi regio, ToegangApi toegang, ToegangRepository repository, PasswordEncoder encoder) {
    this.regio = regio;
    this.toegang = toegang;
    this.repository = repository;
    this.encoder = encoder;
  }

  @Override
  public int volgorde() {
    return 100;
  }

  @Override
  @Transactional
  public void vulAan() {
    // Eén hash voor alle demo-accounts: bcrypt kost bewust ~0,1 s per keer.
    String hash = encoder.encode(WACHTWOORD);
    List<Arbeidsmarktregio> regios = regio.regios();
    for (int i = 0; i < regios.size(); i++) {
      vulRegio(regios.get(i), i, hash);
    }
    landelijk(hash);
    if (repository.apiClient("demo-koppeling").isEmpty()) {
      Organisatie beheer = toegang.zorgVoorOrganisatie("Platformbeheer Perspectief op Werk", OrganisatieType.BEHEER, null, List.of(), true);
      repository.bewaarApiClient(
          new ApiClientRecord(UUID.randomUUID(), "demo-koppeling", "Demokoppeling referentiedata",
              encoder.encode("demo-geheim"), beheer.id().waarde(), "referentiedata.lezen", true),
          true);
    }
    if (repository.apiClient("demo-ministerie").isEmpty()) {
      toegang.organisatiesVanType(OrganisatieType.MINISTERIE).stream().findFirst()
          .ifPresent(szw -> repository.bewaarApiClient(
              new ApiClientRecord(UUID.randomUUID(), "demo-ministerie", "Demokoppeling monitoring ministerie",
                  encoder.encode("demo-geheim"), szw.id().waarde(), "monitoring.lezen", true),
              true));
    }
    if (repository.apiClient("demo-gemeente-breda").isEmpty()) {
      toegang.organisatiesVanType(OrganisatieType.GEMEENTE).stream().filter(o -> o.naam().equals("Gemeente Breda")).findFirst()
          .ifPresent(breda -> repository.bewaarApiClient(
              new ApiClientRecord(UUID.randomUUID(), "demo-gemeente-breda", "Demokoppeling kandidatenimport Gemeente Breda",
                  encoder.encode("demo-geheim"), breda.id().waarde(), "kandidaten.importeren", true),
              true));
    }
  }

  private void vulRegio(Arbeidsmarktregio r, int index, String hash) {
    List<String> scope = List.of(r.code());
    String naam = r.naam();
    Organisatie centrum = null;
    for (Gemeente g : regio.gemeenten(new Regiocode(r.code()))) {
      Organisatie o = toegang.zorgVoorOrganisatie("Gemeente " + g.naam(), OrganisatieType.GEMEENTE, g.code(), scope, true);
      if (r.centrumgemeente() != null && g.code().equals(r.centrumgemeente().code())) centrum = o;
    }
    if (centrum == null) { // zonder geïmporteerde gemeenten: alleen de centrumgemeente uit de ingebouwde lijst
      String centrumNaam = r.centrumgemeente() == null ? naam : r.centrumgemeente().naam();
      String centrumCode = r.centrumgemeente() == null ? null : r.centrumgemeente().code();
      centrum = toegang.zorgVoorOrganisatie("Gemeente " + centrumNaam, OrganisatieType.GEMEENTE, centrumCode, scope, true);
    }
    Organisatie uwv = toegang.zorgVoorOrganisatie("UWV " + naam, OrganisatieType.UWV, null, scope, true);
    Organisatie loket = toegang.zorgVoorOrganisatie("Regioloket " + naam, OrganisatieType.REGIOLOKET, null, scope, true);
    Organisatie werkgever = null;
    for (int w = 0; w < 3; w++) {
      String werkgeverNaam = WERKGEVERS.get((index * 3 + w) % WERKGEVERS.size()) + " " + naam;
      Organisatie o = toegang.zorgVoorOrganisatie(werkgeverNaam, OrganisatieType.WERKGEVER, null, scope, true);
      if (w == 0) werkgever = o;
    }
    Organisatie bemiddelaar = toegang.zorgVoorOrganisatie("Uitzendbureau Werkt Voorbeeldig " + naam, OrganisatieType.BEMIDDELAAR, null, scope, true);
    Organisatie school = toegang.zorgVoorOrganisatie("Vakcollege Oefenstad " + naam, OrganisatieType.ONDERWIJS, null, scope, true);

    String code = r.code().toLowerCase(Locale.ROOT);
    account("regioloket@" + code, "Demo Regioloket " + naam, Rol.REGIOLOKET, loket, null, hash);
    account("werkgever@" + code, "Demo Werkgever " + naam, Rol.WERKGEVER, werkgever, null, hash);
    account("consulent-gemeente@" + code, "Demo Consulent gemeente " + naam, Rol.CONSULENT, centrum, null, hash);
    account("consulent-uwv@" + code, "Demo Consulent UWV " + naam, Rol.CONSULENT, uwv, null, hash);
    account("coordinator@" + code, "Demo Regiocoördinator " + naam, Rol.REGIOCOORDINATOR, centrum, null, hash);
    account("bemiddelaar@" + code, "Demo Bemiddelaar " + naam, Rol.BEMIDDELAAR, bemiddelaar, null, hash);
    account("jobcoach@" + code, "Demo Jobcoach " + naam, Rol.JOBCOACH, centrum, null, hash);
    account("onderwijs@" + code, "Demo Onderwijs " + naam, Rol.ONDERWIJS, school, null, hash);
    account("kandidaat@" + code, "Demo Kandidaat " + naam, Rol.KANDIDAAT, null, r.code(), hash);
  }

  private void landelijk(String hash) {
    account("ondersteuningsteam@nl", "Demo Ondersteuningsteam", Rol.ONDERSTEUNINGSTEAM,
        toegang.zorgVoorOrganisatie("Ondersteuningsteam Perspectief op Werk", OrganisatieType.ONDERSTEUNINGSTEAM, null, List.of(), true), null, hash);
    account("stuurgroep@nl", "Demo Stuurgroep", Rol.STUURGROEP,
        toegang.zorgVoorOrganisatie("Stuurgroep Perspectief op Werk", OrganisatieType.STUURGROEP, null, List.of(), true), null, hash);
    account("ministerie@nl", "Demo Ministerie", Rol.MINISTERIE,
        toegang.zorgVoorOrganisatie("Ministerie van Sociale Zaken en Werkgelegenheid", OrganisatieType.MINISTERIE, null, List.of(), true), null, hash);
    account("evaluator@nl", "Demo Evaluator", Rol.EVALUATOR,
        toegang.zorgVoorOrganisatie("Onderzoeksbureau Proefmeting", OrganisatieType.EVALUATOR, null, List.of(), true), null, hash);
    account("beheerder@nl", "Demo Beheerder", Rol.BEHEERDER,
        toegang.zorgVoorOrganisatie("Platformbeheer Perspectief op Werk", OrganisatieType.BEHEER, null, List.of(), true), null, hash);
  }

  private void account(String gebruikersnaam, String naam, Rol rol, Organisatie organisatie, String regiocode, String hash) {
    if (repository.bestaatGebruiker(gebruikersnaam)) return;
    repository.voegGebruikerToe(
        UUID.randomUUID(), gebruikersnaam, naam, null, hash, rol.name(),
        organisatie == null ? null : organisatie.id().waarde(), regiocode, true);
  }
}
