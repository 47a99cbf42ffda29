package nl.perspectiefopwerk.kandidaat;

/**
 * De gegevens van een kandidaat die voor matching tellen zijn gewijzigd (nieuwe intake van een bekende persoon, een
 * wijziging door de consulent of een nieuwe werkfitbeoordeling van iemand die in het bestand stond). Wie luistert, haalt
 * de actuele stand op via {@link KandidaatApi#matchgegevens}; de gebeurtenis zelf draagt geen persoonsgegevens.
 */
public record KandidaatGewijzigd(KandidaatId kandidaat, String regiocode) {}
