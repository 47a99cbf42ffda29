package nl.perspectiefopwerk.financiering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Een tranche van de impulsfinanciering. Het bedrag is een decentralisatie-uitkering (DU) via het gemeentefonds:
 * daarover wordt geen btw geheven, dus incl. en excl. btw zijn gelijk. De voorwaarden zijn alleen gevuld bij
 * tranche 2; {@code reden} bij weigering.
 */
public record Tranche(UUID id, String regiocode, UUID planId, int nummer, TrancheStatus status, long bedragCent, Circulaire circulaire,
    Map<Voorwaarde, Boolean> voorwaarden, Integer aanwezigheidProcent, String reden, String beslotenDoor, Instant beslotenOp, int versie) {

  /** Uitbetaald als de circulaire verschenen is op of voor {@code vandaag}. */
  public boolean betaald(LocalDate vandaag, LocalDate circulaireDatum) {
    return status == TrancheStatus.TOEGEKEND && circulaireDatum != null && !circulaireDatum.isAfter(vandaag);
  }

  public java.util.List<Voorwaarde> nietVoldaan() {
    return voorwaarden == null ? java.util.List.of()
        : voorwaarden.entrySet().stream().filter(e -> !Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
  }
}
