package nl.perspectiefopwerk.gedeeld.referentiedata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Waar de officiële referentiebestanden staan (CBS, GeoNames, ESCO).
 *
 * @param map de map; leeg = zoek {@code ../shared/reference-data} vanaf de werkmap
 * @param bijStart importeer bij het starten (een ongewijzigd bestand wordt overgeslagen)
 */
@ConfigurationProperties("pow.referentiedata")
public record ReferentiedataProperties(String map, @DefaultValue("true") boolean bijStart) {

  /** De map die gebruikt wordt, of leeg als er geen is. */
  public Optional<Path> gevondenMap() {
    if (StringUtils.hasText(map)) {
      Path p = Path.of(map).toAbsolutePath().normalize();
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    return Stream.of("../shared/reference-data", "../../shared/reference-data")
        .map(s -> Path.of(s).toAbsolutePath().normalize())
        .filter(Files::isDirectory)
        .findFirst();
  }

  /** Voor meldingen: wat is ingesteld of gezocht. */
  public String beschrijving() {
    return StringUtils.hasText(map) ? map : "../shared/reference-data (standaard)";
  }
}
