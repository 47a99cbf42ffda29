package nl.perspectiefopwerk.monitoring;

import java.util.UUID;

/** Aanwezigheid of inbreng van een regio bij een landelijke bijeenkomst is vastgelegd of gewijzigd. */
public record DeelnameVastgelegd(UUID bijeenkomstId, String regiocode, boolean aanwezig) {}
