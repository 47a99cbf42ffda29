package nl.perspectiefopwerk.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;

/**
 * Wat matching van een werkplek weet.
 *
 * @param werkvorm de soort werkplek als werkvorm (een proefplaats telt als regulier)
 * @param minOpleiding de opleidingseis, of null
 * @param instrumenten de instrumenten die de werkgever accepteert
 * @param essentieel gekozen vaardigheden die ESCO essentieel noemt voor het beroep
 * @param optioneel de overige gekozen vaardigheden
 * @param beroepsprofiel de essentiële ESCO-vaardigheden van het beroep die de werkgever niet zelf koos (wegen lichter)
 */
public record MatchWerkplek(
    UUID id,
    String regiocode,
    String pc4,
    int uren,
    Werkvorm werkvorm,
    Opleidingsniveau minOpleiding,
    List<Instrument> instrumenten,
    LocalDate startdatum,
    String beroepId,
    String iscoGroep,
    List<String> essentieel,
    List<String> optioneel,
    int plaatsen,
    List<String> beroepsprofiel) {

  /** Zonder beroepsprofiel (geen beroep gekozen, of alleen de gekozen vaardigheden tellen). */
  public MatchWerkplek(UUID id, String regiocode, String pc4, int uren, Werkvorm werkvorm, Opleidingsniveau minOpleiding,
      List<Instrument> instrumenten, LocalDate startdatum, String beroepId, String iscoGroep, List<String> essentieel,
      List<String> optioneel, int plaatsen) {
    this(id, regiocode, pc4, uren, werkvorm, minOpleiding, instrumenten, startdatum, beroepId, iscoGroep, essentieel, optioneel, plaatsen,
        List.of());
  }

  public MatchWerkplek {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regiocode, "regiocode");
    Objects.requireNonNull(werkvorm, "werkvorm");
    Objects.requireNonNull(startdatum, "startdatum");
    instrumenten = instrumenten.stream().distinct().toList();
    essentieel = essentieel.stream().distinct().toList();
    List<String> ess = essentieel;
    optioneel = optioneel.stream().distinct().filter(v -> !ess.contains(v)).toList();
    List<String> opt = optioneel;
    beroepsprofiel = beroepsprofiel.stream().distinct().filter(v -> !ess.contains(v) && !opt.contains(v)).toList();
  }
}
