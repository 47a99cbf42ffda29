package nl.perspectiefopwerk.kandidaat.zelfmelden;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRepository;
import nl.perspectiefopwerk.kandidaat.persistence.KandidaatRij;
import org.springframework.stereotype.Component;

/**
 * Voor de kandidatenlijst van de consulent: welke kandidaten zich zelf aanmeldden en nog op de
 * werkfittoets wachten. In de template: {@code ${@werkfittoetsNodig.van(pagina.items)}}.
 */
@Component("werkfittoetsNodig")
public class WerkfittoetsNodig {

  private final KandidaatRepository repository;

  WerkfittoetsNodig(KandidaatRepository repository) {
    this.repository = repository;
  }

  public Set<UUID> van(List<KandidaatRij> kandidaten) {
    return repository.zelfmeldingenZonderWerkfit(Zelfmelding.BRON, kandidaten.stream().map(KandidaatRij::id).toList());
  }
}
