package nl.perspectiefopwerk.toegang.config;

import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.toegang.OrganisatieType;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.toegang.persistence.ToegangRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Buiten het demoprofiel: weigert te starten als er demo-accounts (wachtwoord "demo") in de database
 * staan, en maakt zo nodig de eerste beheerder aan uit {@code pow.beveiliging.eerste-beheerder}.
 */
@Component
@Profile("!demo")
@Order(5)
class DemoAccountBewaker implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAccountBewaker.class);

  private final ToegangRepository repository;
  private final ToegangApi toegang;
  private final BeveiligingProperties properties;
  private final PasswordEncoder encoder;

  DemoAccountBewaker(ToegangRepository repository, ToegangApi toegang, BeveiligingProperties properties, PasswordEncoder encoder) {
    this.repository = repository;
    this.toegang = toegang;
    this.properties = properties;
    this.encoder = encoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    long demo = repository.aantalDemoGebruikers();
    if (demo > 0) {
      throw new IllegalStateException(
          "Het platform start niet: de database bevat "
              + demo
              + " demo-accounts (wachtwoord 'demo'), maar het profiel 'demo' is niet actief. Gebruik een "
              + "schone database voor productie, of start met --spring.profiles.active=demo.");
    }
    var eerste = properties.eersteBeheerder();
    if (eerste != null && StringUtils.hasText(eerste.gebruikersnaam()) && repository.aantalGebruikers() == 0) {
      if (!StringUtils.hasText(eerste.wachtwoord()) || eerste.wachtwoord().length() < 12) {
        throw new IllegalStateException("pow.beveiliging.eerste-beheerder.wachtwoord moet minstens 12 tekens hebben.");
      }
      var beheer = toegang.zorgVoorOrganisatie("Platformbeheer", OrganisatieType.BEHEER, null, List.of(), false);
      repository.voegGebruikerToe(
          UUID.randomUUID(), eerste.gebruikersnaam(), "Beheerder", null, encoder.encode(eerste.wachtwoord()),
          Rol.BEHEERDER.name(), beheer.id().waarde(), null, false);
      log.info("Eerste beheerder {} aangemaakt", eerste.gebruikersnaam());
    }
  }
}
