package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import nl.perspectiefopwerk.kandidaat.KandidaatId;

/** Het laatste nazorgcontact bevestigt dat de kandidaat nog aan het werk is. */
public record PlaatsingDuurzaam(PlaatsingId plaatsing, String regiocode, KandidaatId kandidaat, LocalDate startdatum, LocalDate duurzaamOp) {}
