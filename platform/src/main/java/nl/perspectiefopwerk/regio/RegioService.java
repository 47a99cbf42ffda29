package nl.perspectiefopwerk.regio;

import java.util.List;
import java.util.Optional;
import nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException;
import nl.perspectiefopwerk.gedeeld.api.NietGevondenException;
import nl.perspectiefopwerk.gedeeld.api.OngeldigVerzoekException;
import nl.perspectiefopwerk.regio.persistence.RegioRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegioService implements RegioApi {

  private final RegioRepository repository;

  RegioService(RegioRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<Arbeidsmarktregio> regios() {
    return repository.regios();
  }

  @Override
  public Optional<Arbeidsmarktregio> regio(Regiocode code) {
    return repository.regio(code.waarde());
  }

  @Override
  public List<Gemeente> gemeenten(Regiocode code) {
    return repository.gemeenten(code.waarde());
  }

  @Override
  public Optional<Gemeente> gemeente(String gemeentecode) {
    return repository.gemeente(gemeentecode);
  }

  @Override
  public Optional<PostcodeGebied> postcode(Postcode4 pc4) {
    return repository.postcode(pc4.waarde());
  }

  @Override
  public List<String> postcodesVanGemeente(String gemeentecode) {
    return repository.postcodesVanGemeente(gemeentecode);
  }

  @Override
  public long aantalPostcodes() {
    return repository.aantalPostcodes();
  }

  @Override
  @Transactional
  public Arbeidsmarktregio wijzigCentrumgemeente(Regiocode code, String gemeentecode, int versie, String door) {
    Arbeidsmarktregio regio =
        repository.regio(code.waarde()).orElseThrow(() -> new NietGevondenException("Arbeidsmarktregio " + code + " bestaat niet."));
    Gemeente gemeente =
        repository
            .gemeente(gemeentecode)
            .filter(g -> g.regiocode().equals(regio.code()))
            .orElseThrow(
                () ->
                    new OngeldigVerzoekException(
                        "centrumgemeente", "Kies een gemeente die in " + regio.naam() + " ligt."));
    if (!repository.wijzigCentrumgemeente(regio.code(), gemeente.code(), gemeente.naam(), versie, door)) {
      throw new GelijktijdigGewijzigdException(
          "Iemand anders heeft " + regio.naam() + " intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.");
    }
    return repository.regio(regio.code()).orElseThrow();
  }
}
