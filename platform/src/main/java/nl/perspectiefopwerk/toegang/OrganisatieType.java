package nl.perspectiefopwerk.toegang;

/** Soorten organisaties die met het platform werken. */
public enum OrganisatieType {
  GEMEENTE,
  UWV,
  REGIOLOKET,
  WERKGEVER,
  BEMIDDELAAR,
  ONDERWIJS,
  ONDERSTEUNINGSTEAM,
  STUURGROEP,
  MINISTERIE,
  EVALUATOR,
  BEHEER;

  public String berichtSleutel() {
    return "organisatietype." + name();
  }
}
