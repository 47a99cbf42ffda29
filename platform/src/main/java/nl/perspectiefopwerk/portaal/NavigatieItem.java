package nl.perspectiefopwerk.portaal;

/**
 * Een menu-item: pad en berichtsleutel voor het label en de omschrijving op de startpagina.
 *
 * @param omschrijvingSleutel sleutel voor de tegeltekst op de startpagina
 */
public record NavigatieItem(String pad, String sleutel, String omschrijvingSleutel) {}
