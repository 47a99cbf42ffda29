package nl.perspectiefopwerk.monitoring;

import java.util.UUID;

/** De deelname van een regio aan een landelijke bijeenkomst, met haar inbreng (ook mislukkingen). */
public record Deelname(UUID bijeenkomstId, String regiocode, boolean aanwezig, String voortgang, String knelpunten, String goedePraktijken,
    String voorstel) {}
