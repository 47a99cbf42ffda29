package nl.perspectiefopwerk.dashboard;

import java.time.YearMonth;

/** De route-tellingen van één regio in één maand (uit de module bemiddeling). */
public record Maandfeit(
    String regiocode, YearMonth maand, long belangstellingen, long eersteGesprekken, long plaatsingen, long duurzaam, long uitval) {}
