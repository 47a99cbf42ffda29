package nl.perspectiefopwerk.actieplan;

import java.time.Instant;

/** Eén regel uit de statusgeschiedenis van een plan. */
public record Statusovergang(PlanStatus van, PlanStatus naar, String door, String rol, String toelichting, Instant op) {}
