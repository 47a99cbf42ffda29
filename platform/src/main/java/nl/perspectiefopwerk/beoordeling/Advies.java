package nl.perspectiefopwerk.beoordeling;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Het advies van de stuurgroep op de vijf criteria, gegeven in een stuurgroepvergadering. */
public record Advies(UUID id, int planversie, UUID vergaderingId, Map<Criterium, Boolean> criteria, boolean positief, String toelichting,
    String door, Instant op) {}
