package nl.perspectiefopwerk.toegang;

/** De rollen uit ARCHITECTURE §2. Nationale rollen zien alleen geaggregeerde gegevens. */
public enum Rol {
  KANDIDAAT(false),
  CONSULENT(false),
  REGIOLOKET(false),
  WERKGEVER(false),
  BEMIDDELAAR(false),
  JOBCOACH(false),
  ONDERWIJS(false),
  REGIOCOORDINATOR(false),
  ONDERSTEUNINGSTEAM(true),
  STUURGROEP(true),
  MINISTERIE(true),
  EVALUATOR(true),
  BEHEERDER(true);

  private final boolean nationaal;

  Rol(boolean nationaal) {
    this.nationaal = nationaal;
  }

  public boolean isNationaal() {
    return nationaal;
  }

  /** De Spring Security-autoriteit, bijvoorbeeld {@code ROLE_REGIOLOKET}. */
  public String autoriteit() {
    return "ROLE_" + name();
  }

  /** Sleutel in de berichtenbundel voor de naam van de rol. */
  public String berichtSleutel() {
    return "rol." + name();
  }
}
