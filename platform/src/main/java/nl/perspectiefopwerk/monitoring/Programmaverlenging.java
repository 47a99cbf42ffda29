package nl.perspectiefopwerk.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** Een verlenging van het programma: de einddatum verschuift, met reden. */
public record Programmaverlenging(LocalDate oudeEinddatum, LocalDate nieuweEinddatum, String reden, String door, Instant op) {}
