package nl.perspectiefopwerk.kandidaat;

/** Een toestemming is ingetrokken; geldt direct: het profiel verdwijnt uit zoeken en matchen. */
public record ToestemmingIngetrokken(KandidaatId kandidaat, String soort) {}
