package nl.perspectiefopwerk.monitoring;

import java.time.LocalDate;

/** De einddatum van het programma is verschoven. */
public record ProgrammaVerlengd(LocalDate oudeEinddatum, LocalDate nieuweEinddatum, String reden) {}
