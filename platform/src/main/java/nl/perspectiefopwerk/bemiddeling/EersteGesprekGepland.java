package nl.perspectiefopwerk.bemiddeling;

import java.time.Instant;
import nl.perspectiefopwerk.werkgever.WerkplekId;

/** Het (eerste of een vervolg-)gesprek tussen kandidaat en werkgever is gepland. */
public record EersteGesprekGepland(BelangstellingId belangstelling, String regiocode, WerkplekId werkplek, Instant op) {}
