package nl.perspectiefopwerk.actieplan;

/** Elke statuswijziging van een plan (ook die de beoordeling doet). */
public record ActieplanStatusGewijzigd(ActieplanId id, String regiocode, PlanStatus van, PlanStatus naar, String door) {}
