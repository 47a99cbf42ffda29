package nl.perspectiefopwerk.kandidaat.importeren;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * De imports van de laatste uren, in het geheugen (per instantie): genoeg om de voortgang en het
 * foutenrapport te tonen. Na een herstart zijn ze weg; de geïmporteerde kandidaten niet.
 */
@Component
class ImportJobs {

  static final Duration BEWAARTIJD = Duration.ofHours(24);

  private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

  ImportJob nieuw(String eigenaar) {
    Instant nu = Instant.now();
    jobs.values().removeIf(j -> !j.isBezig() && j.getGestart().isBefore(nu.minus(BEWAARTIJD)));
    ImportJob job = new ImportJob(UUID.randomUUID(), eigenaar, nu);
    jobs.put(job.getId(), job);
    return job;
  }

  /** Alleen wie de import startte, ziet hem. */
  Optional<ImportJob> van(UUID id, String eigenaar) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.getEigenaar().equals(eigenaar));
  }
}
