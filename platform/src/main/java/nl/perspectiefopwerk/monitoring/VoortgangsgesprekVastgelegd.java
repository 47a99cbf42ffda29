package nl.perspectiefopwerk.monitoring;

/** Het ondersteuningsteam legde een voortgangsgesprek met een regio vast. */
public record VoortgangsgesprekVastgelegd(String regiocode, java.time.LocalDate datum) {}
