package nl.perspectiefopwerk.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Programmaklok;
import nl.perspectiefopwerk.monitoring.bijeenkomst.BijeenkomstRepository;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangRepository;
import nl.perspectiefopwerk.monitoring.voortgang.VoortgangService;
import org.springframework.stereotype.Service;

/** De facade van monitoring voor andere modules (financiering, beoordeling, later het dashboard). */
@Service
class MonitoringService implements MonitoringApi {

  private final BijeenkomstRepository bijeenkomsten;
  private final VoortgangRepository voortgang;
  private final VoortgangService voortgangService;
  private final Programmaklok klok;

  MonitoringService(BijeenkomstRepository bijeenkomsten, VoortgangRepository voortgang, VoortgangService voortgangService, Programmaklok klok) {
    this.bijeenkomsten = bijeenkomsten;
    this.voortgang = voortgang;
    this.voortgangService = voortgangService;
    this.klok = klok;
  }

  @Override
  public List<Bijeenkomst> bijeenkomsten(BijeenkomstSoort soort) {
    return bijeenkomsten.vanSoort(soort);
  }

  @Override
  public Optional<Bijeenkomst> bijeenkomst(UUID id) {
    return bijeenkomsten.vind(id);
  }

  @Override
  public Aanwezigheid aanwezigheid(String regiocode, LocalDate tot) {
    return bijeenkomsten.aanwezigheid(regiocode, tot);
  }

  @Override
  public List<Aanwezigheid> aanwezigheidPerRegio() {
    return bijeenkomsten.aanwezigheidPerRegio(klok.vandaag());
  }

  @Override
  public boolean rapportageIngediend(String regiocode, LocalDate tot) {
    return voortgang.rapportageIngediend(regiocode, tot.plusDays(1).atStartOfDay(Programmaklok.TIJDZONE).toInstant());
  }

  @Override
  public List<Rapportage> rapportages(String regiocode) {
    return voortgang.rapportages(regiocode);
  }

  @Override
  public LocalDate programmaEinde() {
    return voortgangService.programmaEinde();
  }
}
