package nl.perspectiefopwerk.scholing;

/** Aanmelding voor de pilot praktijkleren: aangemeld door de regio, besluit door SZW en OCW. */
public enum PilotStatus {
  AANGEMELD,
  TOEGEKEND,
  AFGEWEZEN
}
