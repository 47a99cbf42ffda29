package nl.perspectiefopwerk.mobiliteit;

import java.time.LocalDate;
import java.util.UUID;

/** Een ingezette dienst voor een client. */
public record Dienst(UUID id, ClientId client, Dienstsoort soort, LocalDate startdatum, String door) {}
