package nl.perspectiefopwerk.gedeeld.referentiedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.perspectiefopwerk.gedeeld.referentiedata.ImportStatus.Toestand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Importeert alle referentiedatabronnen op volgorde, slaat ongewijzigde bestanden over (SHA-256)
 * en houdt per bron de voortgang bij, zodat de beheerpagina die kan tonen.
 */
@Service
public class ReferentiedataImport {

  private static final Logger log = LoggerFactory.getLogger(ReferentiedataImport.class);

  private final List<ReferentiedataBron> bronnen;
  private final ReferentiedataProperties properties;
  private final JdbcClient jdbc;
  private final Map<String, ImportStatus> status = new LinkedHashMap<>();
  private final AtomicBoolean bezig = new AtomicBoolean();

  ReferentiedataImport(List<ReferentiedataBron> bronnen, ReferentiedataProperties properties, JdbcClient jdbc) {
    this.bronnen = bronnen.stream().sorted(Comparator.comparingInt(ReferentiedataBron::volgorde)).toList();
    this.properties = properties;
    this.jdbc = jdbc;
    for (ReferentiedataBron b : this.bronnen) {
      status.put(b.naam(), new ImportStatus(b.naam(), Toestand.NIET_GESTART, "", 0, 0, 0, List.of(), null));
    }
  }

  public synchronized List<ImportStatus> status() {
    return List.copyOf(status.values());
  }

  public Optional<ImportStatus> status(String bron) {
    synchronized (this) {
      return Optional.ofNullable(status.get(bron));
    }
  }

  public boolean isBezig() {
    return bezig.get();
  }

  public Optional<Path> map() {
    return properties.gevondenMap();
  }

  public String mapBeschrijving() {
    return properties.beschrijving();
  }

  /** Start een import op de achtergrond; false als er al een loopt. */
  @Async
  public void importeerOpAchtergrond(boolean forceer) {
    importeerAlles(forceer);
  }

  /** Importeert alles; false als er al een import liep. */
  public boolean importeerAlles(boolean forceer) {
    if (!bezig.compareAndSet(false, true)) return false;
    try {
      Optional<Path> map = properties.gevondenMap();
      if (map.isEmpty()) {
        log.warn(
            "Referentiedata ontbreekt: map {} niet gevonden. Het platform start met de ingebouwde "
                + "arbeidsmarktregio's; de beroepen- en vaardighedentaxonomie (ESCO) is leeg. Stel "
                + "pow.referentiedata.map in (zie README).",
            properties.beschrijving());
        for (ReferentiedataBron b : bronnen) {
          zet(b.naam(), Toestand.ONTBREEKT, "Map " + properties.beschrijving() + " niet gevonden", 0, 0, 0, List.of());
        }
        return true;
      }
      for (ReferentiedataBron bron : bronnen) {
        importeer(bron, map.get(), forceer);
      }
      return true;
    } finally {
      bezig.set(false);
    }
  }

  private void importeer(ReferentiedataBron bron, Path map, boolean forceer) {
    List<String> ontbrekend = bron.bestanden().stream().filter(b -> !Files.isRegularFile(map.resolve(b))).toList();
    if (!ontbrekend.isEmpty()) {
      log.warn("Referentiedata {}: bestanden ontbreken in {}: {}", bron.naam(), map, ontbrekend);
      zet(bron.naam(), Toestand.ONTBREEKT, "Bestanden ontbreken: " + String.join(", ", ontbrekend), 0, 0, 0, List.of());
      return;
    }
    String checksum = bron.versie() + ":" + checksum(map, bron.bestanden());
    if (!forceer && checksum.equals(laatsteChecksum(bron.naam()).orElse(null))) {
      log.info("Referentiedata {}: ongewijzigd sinds de vorige import, overgeslagen", bron.naam());
      bron.ongewijzigd();
      long rijen = jdbc.sql("select rijen from gedeeld.referentiedata_import where bron = ?")
          .param(bron.naam()).query(Long.class).optional().orElse(0L);
      zet(bron.naam(), Toestand.ONGEWIJZIGD, "Bestanden ongewijzigd; niets te doen", 1, 1, rijen, List.of());
      return;
    }
    Instant start = Instant.now();
    log.info("Referentiedata {}: import gestart uit {}", bron.naam(), map);
    zet(bron.naam(), Toestand.BEZIG, "Gestart", 0, 1, 0, List.of());
    try {
      ReferentiedataBron.ImportResultaat r =
          bron.importeer(
              map,
              (melding, gedaan, totaal) -> {
                zet(bron.naam(), Toestand.BEZIG, melding, gedaan, totaal, 0, List.of());
                log.info("Referentiedata {}: {} ({}/{})", bron.naam(), melding, gedaan, totaal);
              });
      Duration duur = Duration.between(start, Instant.now());
      jdbc.sql(
              """
              insert into gedeeld.referentiedata_import (bron, checksum, rijen, meldingen, geimporteerd_op, duur_ms)
              values (:bron, :checksum, :rijen, :meldingen, now(), :duur)
              on conflict (bron) do update set checksum = excluded.checksum, rijen = excluded.rijen,
                meldingen = excluded.meldingen, geimporteerd_op = excluded.geimporteerd_op, duur_ms = excluded.duur_ms
              """)
          .param("bron", bron.naam())
          .param("checksum", checksum)
          .param("rijen", r.rijen())
          .param("meldingen", r.meldingen().size())
          .param("duur", duur.toMillis())
          .update();
      zet(bron.naam(), Toestand.KLAAR, "Klaar in " + duur.toMillis() + " ms", 1, 1, r.rijen(), r.meldingen());
      log.info(
          "Referentiedata {}: {} rijen geïmporteerd in {} ms, {} meldingen",
          bron.naam(), r.rijen(), duur.toMillis(), r.meldingen().size());
      r.meldingen().stream().limit(20).forEach(m -> log.warn("Referentiedata {}: {}", bron.naam(), m));
    } catch (RuntimeException e) {
      log.error("Referentiedata {}: import mislukt; de vorige stand blijft staan", bron.naam(), e);
      zet(bron.naam(), Toestand.MISLUKT, "Import mislukt: " + e.getMessage() + ". De vorige stand blijft staan.", 0, 0, 0, List.of());
    }
  }

  private Optional<String> laatsteChecksum(String bron) {
    return jdbc.sql("select checksum from gedeeld.referentiedata_import where bron = ?").param(bron).query(String.class).optional();
  }

  private synchronized void zet(
      String bron, Toestand t, String melding, long gedaan, long totaal, long rijen, List<String> meldingen) {
    status.put(bron, new ImportStatus(bron, t, melding, gedaan, totaal, rijen, meldingen, Instant.now()));
  }

  static String checksum(Path map, List<String> bestanden) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String b : bestanden) {
        md.update(b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(map.resolve(b)), md)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
