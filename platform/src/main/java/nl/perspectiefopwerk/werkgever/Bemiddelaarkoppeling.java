package nl.perspectiefopwerk.werkgever;

import java.time.Instant;
import java.util.UUID;

/** Een bemiddelaar in de regio en of hij aan het werkgeversservicepunt is gekoppeld (dan zoekt hij in het bestand). */
public record Bemiddelaarkoppeling(UUID organisatieId, String naam, boolean gekoppeld, Instant gekoppeldOp, String gekoppeldDoor) {}
