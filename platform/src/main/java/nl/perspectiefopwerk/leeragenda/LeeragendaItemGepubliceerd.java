package nl.perspectiefopwerk.leeragenda;

import java.util.UUID;

/**
 * Een nieuw item staat in de bibliotheek. De module melding kan de regio's waarvoor het thema prioriteit heeft een
 * melding in de app sturen; zonder luisteraar toont de leeragenda zelf "nieuw voor uw regio".
 *
 * @param regiocode de regio waar het item vandaan komt (null = landelijk)
 */
public record LeeragendaItemGepubliceerd(UUID item, Itemsoort soort, Thema thema, String regiocode, String titel, String link) {}
