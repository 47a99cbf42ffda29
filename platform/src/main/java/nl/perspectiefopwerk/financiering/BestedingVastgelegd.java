package nl.perspectiefopwerk.financiering;

/** Een regio legde een besteding vast. */
public record BestedingVastgelegd(String regiocode, java.util.UUID activiteitId, long bedragCent) {}
