package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import nl.perspectiefopwerk.kandidaat.KandidaatId;

/** De plaatsing is voor duurzaamheid beëindigd (uitval); de kandidaat keert terug in het bestand als hij dat wil. */
public record PlaatsingBeeindigd(
    PlaatsingId plaatsing, String regiocode, KandidaatId kandidaat, LocalDate beeindigdOp, String reden, boolean terugInBestand) {}
