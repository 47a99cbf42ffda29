package nl.perspectiefopwerk.bemiddeling;

import java.util.Objects;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.werkgever.WerkplekId;

/**
 * Eén geaccepteerd paar uit een voorstel van grote werving: deze kandidaat voor deze werkplek. Het kandidaat-id is
 * intern (zoals in {@link Belangstelling}) en wordt nooit aan de werkgever getoond.
 */
public record Voorstelpaar(WerkplekId werkplek, KandidaatId kandidaat) {

  public Voorstelpaar {
    Objects.requireNonNull(werkplek, "werkplek is verplicht");
    Objects.requireNonNull(kandidaat, "kandidaat is verplicht");
  }
}
