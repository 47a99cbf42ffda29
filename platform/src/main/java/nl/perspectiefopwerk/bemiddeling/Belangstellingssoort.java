package nl.perspectiefopwerk.bemiddeling;

/**
 * Belangstelling voor een profiel, een directe uitnodiging voor een gesprek, of een paar uit een geaccepteerd voorstel
 * van grote werving (het regioloket namens de werkgever); alle volgen dezelfde route en toestemmingspoort.
 */
public enum Belangstellingssoort {
  BELANGSTELLING,
  UITNODIGING,
  /** Alleen via {@link BemiddelingApi#belangstellingenUitVoorstel}; niet te kiezen in het formulier of de API. */
  GROTE_WERVING
}
