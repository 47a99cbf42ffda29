package nl.perspectiefopwerk.programmacyclus;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.PlatformTest;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.HuidigeGebruiker;
import nl.perspectiefopwerk.toegang.Organisatie;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Eén gedeelde testcontext voor de programmacyclus: een echte SMTP-server in het proces (GreenMail) en de
 * programmakalender op 10 april 2019 (pow.programma.vandaag), zodat indienen in het septembervenster valt. Elke
 * testklasse gebruikt eigen, verzonnen regiocodes (AM9x) met een eigen regiocoördinator.
 */
@PlatformTest
@TestPropertySource(properties = {"pow.programma.vandaag=2019-04-10", "pow.melding.afzender=noreply@pow.test"})
abstract class ProgrammacyclusTestBasis {

  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry r) {
    r.add("spring.mail.host", () -> "localhost");
    r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired JdbcClient jdbc;
  @Autowired ToegangApi toegang;

  /** Een regiocoördinator (met account, wachtwoord demo en e-mailadres) voor een verzonnen regio. */
  HuidigeGebruiker coordinator(String regio) {
    Organisatie org = toegang.zorgVoorOrganisatie("Gemeente Proefstad " + regio, OrganisatieType.GEMEENTE, null, List.of(regio), false);
    String naam = "coordinator@" + regio.toLowerCase(java.util.Locale.ROOT);
    jdbc.sql("""
            insert into toegang.gebruiker (id, gebruikersnaam, naam, email, wachtwoord_hash, rol, organisatie_id, demo)
            select ?, ?, ?, ?, wachtwoord_hash, 'REGIOCOORDINATOR', ?, false from toegang.gebruiker where gebruikersnaam = 'coordinator@am01'
            on conflict (gebruikersnaam) do nothing
            """)
        .params(UUID.randomUUID(), naam, "Proef Regiocoördinator " + regio, naam.replace("@", ".") + "@example.nl", org.id().waarde()).update();
    UUID id = jdbc.sql("select id from toegang.gebruiker where gebruikersnaam = ?").param(naam).query(UUID.class).single();
    return new HuidigeGebruiker(new GebruikerId(id), naam, "Proef Regiocoördinator " + regio, Rol.REGIOCOORDINATOR, org.id(), org.naam(),
        OrganisatieType.GEMEENTE, List.of(regio));
  }

  static HuidigeGebruiker landelijk(String gebruikersnaam, Rol rol) {
    return new HuidigeGebruiker(GebruikerId.nieuw(), gebruikersnaam, "Proef " + rol, rol, null, "Landelijk " + rol,
        OrganisatieType.valueOf(rol.name()), List.of());
  }

  static Instant op(int jaar, int maand, int dag) {
    return LocalDate.of(jaar, maand, dag).atTime(LocalTime.of(12, 0)).atZone(Programmaklok.TIJDZONE).toInstant();
  }
}
