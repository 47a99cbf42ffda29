package nl.perspectiefopwerk.matching;

import java.time.Instant;

/**
 * De stand van de matchingindex.
 *
 * @param klaar de eerste volledige opbouw is af
 * @param regiosKlaar hoeveel regio's al zijn opgebouwd (voortgang)
 */
public record Indexstatus(boolean klaar, int regiosKlaar, int regiosTotaal, int kandidaten, int werkplekken, Instant opgebouwdOp, long duurMs) {}
