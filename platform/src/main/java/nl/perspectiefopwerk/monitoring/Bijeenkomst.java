package nl.perspectiefopwerk.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/** Een bijeenkomst met datum, thema, vorm en verslag. */
public record Bijeenkomst(UUID id, BijeenkomstSoort soort, LocalDate datum, String thema, Vorm vorm, String verslag, int versie) {}
