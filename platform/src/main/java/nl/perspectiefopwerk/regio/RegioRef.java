package nl.perspectiefopwerk.regio;

/** Verwijzing naar een arbeidsmarktregio: code (AM18) en naam. */
public record RegioRef(String code, String naam) {}
