package nl.perspectiefopwerk.regio;

/** Verwijzing naar een gemeente: CBS-code (GM0363) en naam. */
public record GemeenteRef(String code, String naam) {}
