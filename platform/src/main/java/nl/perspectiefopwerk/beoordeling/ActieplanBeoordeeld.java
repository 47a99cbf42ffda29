package nl.perspectiefopwerk.beoordeling;

import nl.perspectiefopwerk.actieplan.ActieplanId;

/** Een stap in de beoordeling is vastgelegd (toets, advies of besluit). */
public record ActieplanBeoordeeld(ActieplanId id, String regiocode, String stap, boolean positief) {}
