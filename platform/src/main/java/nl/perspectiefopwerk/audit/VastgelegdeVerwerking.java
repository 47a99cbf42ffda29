package nl.perspectiefopwerk.audit;

import java.time.Instant;
import java.util.UUID;

/** Een regel uit het verwerkingenlog. */
public record VastgelegdeVerwerking(
    long id,
    UUID traceId,
    Instant tijdstip,
    String gebruiker,
    String organisatie,
    String rol,
    String handeling,
    String verwerkingsactiviteit,
    String betrokkeneType,
    String betrokkeneId,
    String doel,
    String grondslag) {}
