package nl.perspectiefopwerk.financiering;

import java.time.LocalDate;
import java.util.UUID;
import nl.perspectiefopwerk.actieplan.Financieringsvorm;

/** Een besteding van de regio op een activiteit van de doe-agenda (bedrag incl. btw, zoals de gemeente het betaalt). */
public record Besteding(UUID id, String regiocode, UUID activiteitId, Financieringsvorm financieringsvorm, long bedragCent, String omschrijving,
    LocalDate datum, String door) {}
