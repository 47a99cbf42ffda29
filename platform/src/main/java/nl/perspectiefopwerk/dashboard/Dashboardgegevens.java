package nl.perspectiefopwerk.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * De momentopname waaruit de dashboards getekend worden. Een dashboard wacht nooit op de verzameling:
 * is de opname ouder dan {@code pow.monitoring.maximale-leeftijd}, dan krijgt de kijker de bestaande
 * (met haar "berekend op") en wordt op de achtergrond een nieuwe gemaakt. Alleen de allereerste keer
 * wordt er gewacht.
 */
@Service
public class Dashboardgegevens {

  private static final Logger LOG = LoggerFactory.getLogger(Dashboardgegevens.class);

  private final FeitenVerzamelaar verzamelaar;
  private final Duration maximaleLeeftijd;
  private final Clock klok;
  private final AtomicReference<Feiten> laatste = new AtomicReference<>();
  private final AtomicBoolean bezig = new AtomicBoolean();

  Dashboardgegevens(
      FeitenVerzamelaar verzamelaar,
      @Value("${pow.monitoring.maximale-leeftijd:PT5M}") Duration maximaleLeeftijd,
      Optional<Clock> klok) {
    this.verzamelaar = verzamelaar;
    this.maximaleLeeftijd = maximaleLeeftijd;
    this.klok = klok.orElse(Clock.systemDefaultZone());
  }

  public Feiten feiten() {
    Feiten f = laatste.get();
    if (f == null) return ververs();
    if (f.berekendOp().plus(maximaleLeeftijd).isBefore(klok.instant()) && bezig.compareAndSet(false, true)) {
      Thread.ofVirtual().name("dashboard-verversen").start(() -> {
        try {
          bereken();
        } catch (RuntimeException e) {
          LOG.warn("Verversen van de dashboardcijfers mislukt; de vorige momentopname blijft staan", e);
        } finally {
          bezig.set(false);
        }
      });
    }
    return f;
  }

  /** Bestandstellingen per organisatie van één regio (altijd actueel; één query). */
  public java.util.List<OrganisatieFeiten> perOrganisatie(String regiocode, String zelfmelding) {
    return verzamelaar.perOrganisatie(regiocode, zelfmelding);
  }

  /** Nu opnieuw verzamelen en wachten op het resultaat. */
  public synchronized Feiten ververs() {
    return bereken();
  }

  private Feiten bereken() {
    long start = System.nanoTime();
    Feiten f = verzamelaar.verzamel();
    laatste.set(f);
    LOG.info("Dashboardcijfers berekend in {} ms ({} regio's)", (System.nanoTime() - start) / 1_000_000, f.regios().size());
    return f;
  }
}
