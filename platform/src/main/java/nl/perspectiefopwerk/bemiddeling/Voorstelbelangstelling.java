package nl.perspectiefopwerk.bemiddeling;

/**
 * Wat er in de route met één paar uit een voorstel van grote werving gebeurde: een belangstelling (soort
 * {@link Belangstellingssoort#GROTE_WERVING}) of, als het paar is overgeslagen, de reden.
 *
 * @param belangstelling de aangemaakte belangstelling, of null als het paar is overgeslagen
 * @param reden de berichtsleutel (bundel bemiddeling) met de Nederlandse reden, of null als er een belangstelling is
 */
public record Voorstelbelangstelling(Voorstelpaar paar, BelangstellingId belangstelling, String reden) {

  public boolean aangemaakt() {
    return belangstelling != null;
  }
}
