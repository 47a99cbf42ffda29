package nl.perspectiefopwerk.kandidaat.importeren;

/** Het hele bestand is afgewezen (kopregel, grootte, codering); er is niets opgeslagen. */
public class ImportAfgewezen extends RuntimeException {

  public ImportAfgewezen(String melding) {
    super(melding);
  }
}
