package nl.perspectiefopwerk.kandidaat;

/** Een kandidaat is werkfit, heeft toestemming gegeven en staat nu in het regionale bestand. */
public record KandidaatInBestand(KandidaatId kandidaat, String regiocode) {}
