package nl.perspectiefopwerk.kandidaat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wist elke nacht de identificerende gegevens van kandidaten die langer dan de bewaartermijn uit het
 * bestand zijn (geplaatst en duurzaam, ingetrokken, verhuisd). Tellingen en statistiek blijven.
 */
@Component
class Bewaartermijn {

  private static final Logger log = LoggerFactory.getLogger(Bewaartermijn.class);
  private final KandidaatService kandidaten;

  Bewaartermijn(KandidaatService kandidaten) {
    this.kandidaten = kandidaten;
  }

  @Scheduled(cron = "${pow.kandidaat.bewaartermijn-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
  void pasToe() {
    int gewist = kandidaten.pasBewaartermijnToe();
    if (gewist > 0) log.info("Bewaartermijn: identiteit van {} kandidaten gewist (statistiek blijft)", gewist);
  }
}
