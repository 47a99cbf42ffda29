package nl.perspectiefopwerk.kandidaat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Wat de module matching van een kandidaat mag weten: geen naam, BSN, adres, contact, doelgroep of
 * ondersteuningsbehoefte.
 *
 * @param pc4 de eerste vier cijfers van de postcode
 * @param werkvormwensen de wensen van de kandidaat, in volgorde
 * @param passendeWerkvormen de werkvormen uit de werkfitbeoordeling
 * @param instrumenten de instrumenten uit de werkfitbeoordeling
 * @param werkfitTot tot wanneer de werkfitbeoordeling geldt (null zonder beoordeling)
 * @param zichtbaar staat in het anonieme bestand (in bestand, werkfit, toestemming, recent bevestigd)
 */
public record Matchgegevens(
    KandidaatId id,
    String regiocode,
    UUID organisatieId,
    String pc4,
    int urenPerWeek,
    int maxReisafstandKm,
    Opleidingsniveau opleidingsniveau,
    boolean startkwalificatie,
    LocalDate beschikbaarVanaf,
    List<Werkvorm> werkvormwensen,
    List<Werkvorm> passendeWerkvormen,
    List<Instrument> instrumenten,
    List<String> beroepen,
    List<String> vaardigheden,
    LocalDate werkfitTot,
    boolean zichtbaar) {}
