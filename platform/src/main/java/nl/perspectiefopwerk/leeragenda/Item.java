package nl.perspectiefopwerk.leeragenda;

import java.time.Instant;
import java.util.UUID;

/**
 * Een item in de bibliotheek: product, goede praktijk (met resultaten, gekoppeld aan een regionale activiteit) of les
 * (ook een mislukking), met regionale context om te vinden wat past.
 *
 * @param regiocode de regio waar het vandaan komt, of null (landelijk)
 * @param cyclusId de evaluatiecyclus waarin een les is getrokken (of null)
 */
public record Item(
    UUID id, Itemsoort soort, String titel, String samenvatting, String inhoud, Thema thema, Pijler pijler, String regiocode,
    Productvorm vorm, String url, String resultaten, UUID activiteitId, UUID cyclusId, Stedelijkheid stedelijkheid, Omvang omvang,
    String sectoren, boolean mislukt, Doelpubliek doelpubliek, String gepubliceerdDoor, Instant gepubliceerdOp, int versie) {}
