package nl.perspectiefopwerk.bemiddeling;

import java.time.YearMonth;

/**
 * De bemiddelingscijfers van één regio in één maand, afgeleid uit vastgelegde feiten (alleen aantallen).
 *
 * @param belangstellingen verzoeken (belangstelling en directe uitnodigingen) aangemaakt in de maand
 * @param eersteGesprekken eerste gesprekken gehouden in de maand (geplande datum in de maand en niet in de toekomst)
 * @param plaatsingen plaatsingen met de startdatum in de maand (de "match" van ARCHITECTURE §11)
 * @param duurzamePlaatsingen plaatsingen die in de maand duurzaam werden
 * @param uitvallers plaatsingen die in de maand beëindigd werden
 * @param mediaanDagenTotGesprek mediaan aantal dagen van verzoek tot eerste gesprek, over de eerste gesprekken van de maand; null zonder gesprekken
 */
public record Maandcijfers(
    String regiocode,
    YearMonth maand,
    int belangstellingen,
    int eersteGesprekken,
    int plaatsingen,
    int duurzamePlaatsingen,
    int uitvallers,
    Double mediaanDagenTotGesprek) {}
