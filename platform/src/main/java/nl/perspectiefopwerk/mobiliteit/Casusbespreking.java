package nl.perspectiefopwerk.mobiliteit;

import java.time.LocalDate;
import java.util.UUID;

/** Een bespreking van de casus in het team: wie er bij was en wat is afgesproken. */
public record Casusbespreking(UUID id, ClientId client, LocalDate datum, String deelnemers, String afspraken, String door) {}
