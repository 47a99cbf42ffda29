package nl.perspectiefopwerk.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** De publieke ingang van monitoring: bijeenkomsten, aanwezigheid en voortgangsrapportages (geaggregeerd of per regio). */
public interface MonitoringApi {

  List<Bijeenkomst> bijeenkomsten(BijeenkomstSoort soort);

  Optional<Bijeenkomst> bijeenkomst(UUID id);

  /** Aanwezigheid van de regio bij de landelijke bijeenkomsten tot en met {@code tot}. */
  Aanwezigheid aanwezigheid(String regiocode, LocalDate tot);

  /** Aanwezigheid van elke regio die ten minste één deelname heeft (voor het dashboard). */
  List<Aanwezigheid> aanwezigheidPerRegio();

  /** Heeft de regio tot en met {@code tot} ten minste één voortgangsrapportage ingediend? */
  boolean rapportageIngediend(String regiocode, LocalDate tot);

  List<Rapportage> rapportages(String regiocode);

  /** De huidige einddatum van het programma (na eventuele verlengingen). */
  LocalDate programmaEinde();
}
