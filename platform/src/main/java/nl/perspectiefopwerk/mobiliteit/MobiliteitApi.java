package nl.perspectiefopwerk.mobiliteit;

/** De publieke ingang van de module mobiliteit: de monitor (alleen aantallen). */
public interface MobiliteitApi {

  /** De monitor van een regio over een periode. */
  Monitorregel monitor(String regiocode, Periode periode);

  /** De landelijke monitor (alle regio's samen). */
  Monitorregel landelijkeMonitor(Periode periode);
}
