package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import nl.perspectiefopwerk.kandidaat.KandidaatId;
import nl.perspectiefopwerk.werkgever.WerkplekId;
import nl.perspectiefopwerk.werkgever.Werkplektype;

/** Een match is een plaatsing geworden; telt voor de ambitie van de regio op de startdatum. */
public record PlaatsingGestart(
    PlaatsingId plaatsing, String regiocode, KandidaatId kandidaat, WerkplekId werkplek, Werkplektype werkplektype, LocalDate startdatum) {}
