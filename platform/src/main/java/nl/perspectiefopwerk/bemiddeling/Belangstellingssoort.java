package nl.perspectiefopwerk.bemiddeling;

/** Belangstelling voor een profiel, of een directe uitnodiging voor een gesprek; beide volgen dezelfde route en toestemmingspoort. */
public enum Belangstellingssoort {
  BELANGSTELLING,
  UITNODIGING
}
