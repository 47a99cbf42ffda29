package nl.perspectiefopwerk.actieplan;

import java.time.Instant;

/** Een regio diende haar doe-agenda in (ook opnieuw, of een herziening na goedkeuring). */
public record ActieplanIngediend(ActieplanId id, String regiocode, int versienummer, Instant ingediendOp, Indienvenster venster,
    boolean herziening) {}
