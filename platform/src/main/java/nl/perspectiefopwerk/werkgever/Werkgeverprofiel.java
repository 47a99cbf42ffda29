package nl.perspectiefopwerk.werkgever;

import java.util.UUID;

/** Het profiel van een werkgever (één per organisatie van type WERKGEVER). */
public record Werkgeverprofiel(
    UUID organisatieId,
    String kvkNummer,
    String sector,
    String contactNaam,
    String contactEmail,
    String contactTelefoon,
    boolean erkendLeerbedrijf,
    int begeleidingscapaciteit,
    int versie) {}
