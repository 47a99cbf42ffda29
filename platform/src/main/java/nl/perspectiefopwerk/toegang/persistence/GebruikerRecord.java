package nl.perspectiefopwerk.toegang.persistence;

import java.time.Instant;
import java.util.UUID;

/** Een rij uit toegang.gebruiker met de organisatie erbij. */
public record GebruikerRecord(
    UUID id,
    String gebruikersnaam,
    String naam,
    String email,
    String wachtwoordHash,
    String rol,
    UUID organisatieId,
    String organisatieNaam,
    String organisatieType,
    String regiocode,
    boolean actief,
    boolean demo,
    String oidcSubject,
    int versie,
    Instant laatstIngelogdOp) {}
