package nl.perspectiefopwerk.kandidaat;

/** Instrumenten die een werkplek toegankelijk maken. */
public enum Instrument {
  NO_RISK_POLIS,
  JOBCOACHING,
  LOONKOSTENSUBSIDIE,
  LOONKOSTENDISPENSATIE,
  PROEFPLAATSING,
  DETACHERING,
  MAATWERKBUDGET,
  WERKPLEKAANPASSING,
  SCHOLINGSBUDGET
}
