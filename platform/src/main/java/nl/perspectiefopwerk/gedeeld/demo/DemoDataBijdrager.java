package nl.perspectiefopwerk.gedeeld.demo;

/**
 * Een module die demodata aanlevert. Alleen actief in het profiel {@code demo}; elke bijdrage is
 * idempotent (een herstart maakt geen dubbele gegevens). Alle personen en bedrijven zijn
 * verzonnen en zien er ook zo uit.
 */
public interface DemoDataBijdrager {

  /** Lagere waarde eerder: organisaties en accounts (100) vóór kandidaten (200) enzovoort. */
  int volgorde();

  void vulAan();
}
