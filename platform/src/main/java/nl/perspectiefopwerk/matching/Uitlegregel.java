package nl.perspectiefopwerk.matching;

/** Eén regel van de uitleg bij een suggestie: het onderdeel, de punten en de Nederlandse tekst. */
public record Uitlegregel(String onderdeel, int punten, String tekst) {}
