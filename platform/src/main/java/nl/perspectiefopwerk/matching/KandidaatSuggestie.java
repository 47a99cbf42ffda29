package nl.perspectiefopwerk.matching;

import java.util.List;

/**
 * Een anoniem voorgestelde kandidaat bij een werkplek: alleen de profielcode die deze kijker in het
 * bestand ziet, de score en de uitleg (afstanden afgerond op 5 km). Nooit naam, id of contact.
 */
public record KandidaatSuggestie(int rang, String profielcode, int score, List<Uitlegregel> uitleg) {}
