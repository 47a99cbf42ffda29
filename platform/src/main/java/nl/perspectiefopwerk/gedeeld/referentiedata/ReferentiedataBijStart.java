package nl.perspectiefopwerk.gedeeld.referentiedata;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Importeert de referentiedata bij het starten, vóór de demodata (die regio's nodig heeft). */
@Component
@Order(10)
class ReferentiedataBijStart implements ApplicationRunner {

  private final ReferentiedataImport importeur;
  private final ReferentiedataProperties properties;

  ReferentiedataBijStart(ReferentiedataImport importeur, ReferentiedataProperties properties) {
    this.importeur = importeur;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.bijStart()) importeur.importeerAlles(false);
  }
}
