package nl.perspectiefopwerk.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/** Een voortgangsgesprek van het ondersteuningsteam met een regio, met verslag. */
public record Voortgangsgesprek(UUID id, String regiocode, LocalDate datum, String verslag, String door) {}
