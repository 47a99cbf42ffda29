package nl.perspectiefopwerk.monitoring;

import java.util.UUID;

/** Een bijeenkomst is gepland of het verslag is gewijzigd. */
public record BijeenkomstVastgelegd(UUID id, BijeenkomstSoort soort, java.time.LocalDate datum) {}
