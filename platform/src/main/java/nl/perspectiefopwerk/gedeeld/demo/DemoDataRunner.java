package nl.perspectiefopwerk.gedeeld.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Vult in het demoprofiel de demodata aan, na de referentiedata-import. */
@Component
@Profile("demo")
@Order(20)
class DemoDataRunner implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
  private final List<DemoDataBijdrager> bijdragers;

  DemoDataRunner(List<DemoDataBijdrager> bijdragers) {
    this.bijdragers = bijdragers.stream().sorted(Comparator.comparingInt(DemoDataBijdrager::volgorde)).toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoDataBijdrager b : bijdragers) {
      long start = System.nanoTime();
      b.vulAan();
      log.info("Demodata {} aangevuld in {} ms", b.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
    }
  }
}
