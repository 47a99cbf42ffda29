package nl.perspectiefopwerk.werkgever;

/**
 * Een werkplek is gewijzigd of van status veranderd (anders dan heropenen: dat is {@link WerkplekOpengesteld}). Is de
 * status niet meer {@link WerkplekStatus#OPEN} (vervuld, gesloten), dan hoort hij in geen enkele suggestie meer.
 */
public record WerkplekGewijzigd(WerkplekId werkplek, String regiocode, WerkplekStatus status) {}
