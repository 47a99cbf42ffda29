package nl.perspectiefopwerk.monitoring;

/** Een regio diende een voortgangsrapportage in. */
public record RapportageIngediend(String regiocode, String periode, int gerealiseerdeMatches) {}
