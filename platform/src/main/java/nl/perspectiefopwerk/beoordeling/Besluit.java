package nl.perspectiefopwerk.beoordeling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Het besluit van het ministerie (namens de staatssecretaris) met motivering. */
public record Besluit(UUID id, int planversie, boolean goedgekeurd, String motivering, LocalDate besluitdatum, String door, Instant op) {}
