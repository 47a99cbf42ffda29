package nl.perspectiefopwerk.taxonomie.zoeken;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.perspectiefopwerk.taxonomie.Beroep;
import nl.perspectiefopwerk.taxonomie.Vaardigheid;
import nl.perspectiefopwerk.taxonomie.persistence.TaxonomieRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Houdt de zoekindexen van beroepen en vaardigheden in het geheugen. Na een import (of een
 * overgeslagen import) wordt de index opnieuw uit de database gebouwd en in één keer verwisseld
 * (volatile referentie); lezers zien dus altijd een complete stand. Wie vóór de eerste bouw zoekt,
 * laadt de index zelf uit de database (bijvoorbeeld als de referentiedatamap ontbreekt maar een
 * eerdere import nog in de database staat).
 */
@Component
public class TaxonomieIndex {

  private static final Logger log = LoggerFactory.getLogger(TaxonomieIndex.class);

  /** Eén consistente stand van beide indexen. */
  public record Stand(
      ZoekIndex<Beroep> beroepen,
      ZoekIndex<Vaardigheid> vaardigheden,
      Map<String, Beroep> beroepOpId,
      Map<String, Vaardigheid> vaardigheidOpId) {

    public boolean isGeladen() {
      return beroepen.aantal() > 0;
    }
  }

  private final TaxonomieRepository repository;
  private volatile Stand stand;

  public TaxonomieIndex(TaxonomieRepository repository) {
    this.repository = repository;
  }

  public Stand stand() {
    Stand s = stand;
    if (s != null) return s;
    synchronized (this) {
      if (stand == null) stand = bouw();
      return stand;
    }
  }

  /** Bouwt de index opnieuw uit de database en verwisselt hem. */
  public synchronized void herlaad() {
    stand = bouw();
  }

  public Optional<Beroep> beroep(String id) {
    return Optional.ofNullable(stand().beroepOpId().get(id));
  }

  public Optional<Vaardigheid> vaardigheid(String id) {
    return Optional.ofNullable(stand().vaardigheidOpId().get(id));
  }

  private Stand bouw() {
    long start = System.nanoTime();
    List<Beroep> beroepen = repository.beroepen();
    Map<String, List<String>> beroepLabels = repository.beroepLabels();
    List<Vaardigheid> vaardigheden = repository.vaardigheden();
    Map<String, List<String>> vaardigheidLabels = repository.vaardigheidLabels();
    Stand s =
        new Stand(
            ZoekIndex.bouw(beroepen, Beroep::naam, b -> beroepLabels.getOrDefault(b.id(), List.of())),
            ZoekIndex.bouw(vaardigheden, Vaardigheid::naam, v -> vaardigheidLabels.getOrDefault(v.id(), List.of())),
            beroepen.stream().collect(Collectors.toUnmodifiableMap(Beroep::id, Function.identity())),
            vaardigheden.stream().collect(Collectors.toUnmodifiableMap(Vaardigheid::id, Function.identity())));
    log.info(
        "Taxonomie-zoekindex gebouwd: {} beroepen, {} vaardigheden in {} ms",
        beroepen.size(), vaardigheden.size(), (System.nanoTime() - start) / 1_000_000);
    return s;
  }
}
