package nl.perspectiefopwerk.leeragenda;

/**
 * Een gevonden item met de rang van PostgreSQL (ts_rank_cd; 0 zonder zoektekst) en of de regionale context
 * (stedelijkheid, omvang) overeenkomt met die van de regio van de zoeker.
 */
public record Zoekresultaat(Item item, double rang, boolean pastBijRegio) {}
