package nl.perspectiefopwerk.kandidaat.importeren;

/**
 * Een afgekeurde regel: waar en waarom. Bevat nooit een BSN of naam.
 *
 * @param regel regelnummer in het bestand (de kopregel is regel 1), of de index in het JSON-verzoek
 * @param externId het externe nummer als dat er was
 * @param veld de kolom, of "regel" voor de regel als geheel
 */
public record Regelfout(long regel, String externId, String veld, String reden) {}
