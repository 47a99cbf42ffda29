package nl.perspectiefopwerk.matching;

import java.util.List;
import java.util.UUID;

/** Een voorgestelde werkplek bij een kandidaat, met score en uitleg. */
public record WerkplekSuggestie(
    int rang, UUID werkplekId, String titel, String werkgever, String beroep, int urenPerWeek, int score, List<Uitlegregel> uitleg) {}
