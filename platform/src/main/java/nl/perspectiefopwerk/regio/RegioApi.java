package nl.perspectiefopwerk.regio;

import java.util.List;
import java.util.Optional;

/** De publieke ingang van de module regio. */
public interface RegioApi {

  List<Arbeidsmarktregio> regios();

  Optional<Arbeidsmarktregio> regio(Regiocode code);

  List<Gemeente> gemeenten(Regiocode code);

  Optional<Gemeente> gemeente(String gemeentecode);

  Optional<PostcodeGebied> postcode(Postcode4 pc4);

  long aantalPostcodes();

  /** De PC4-gebieden van een gemeente, op volgorde. */
  List<String> postcodesVanGemeente(String gemeentecode);

  /**
   * Wijzigt de centrumgemeente (alleen een gemeente in de regio zelf). Gooit {@link
   * nl.perspectiefopwerk.gedeeld.api.GelijktijdigGewijzigdException} als de versie niet meer klopt.
   */
  Arbeidsmarktregio wijzigCentrumgemeente(Regiocode code, String gemeentecode, int versie, String door);
}
