package nl.perspectiefopwerk.dashboard;

/** Bestandstellingen van één inbrengende organisatie binnen een regio (geen personen). */
public record OrganisatieFeiten(String organisatie, long geidentificeerd, long werkfit, long inBestand, long verouderd) {}
