package nl.perspectiefopwerk.scholing;

import java.time.Instant;
import java.util.UUID;

/** De aanmelding van een regio voor een tranche van de pilot praktijkleren met praktijkverklaring. */
public record PilotAanmelding(
    UUID id, String regiocode, int tranche, PilotStatus status, String toelichting, String aangemeldDoor, Instant aangemeldOp,
    String besluitDoor, Instant besluitOp, int versie) {}
