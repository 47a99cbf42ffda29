package nl.perspectiefopwerk.werkgever;

import java.util.UUID;

/** Een werkplek is open aangemaakt of heropend: matching kan er kandidaten bij zoeken. */
public record WerkplekOpengesteld(WerkplekId werkplek, UUID werkgeverId, String regiocode, String beroepId) {}
