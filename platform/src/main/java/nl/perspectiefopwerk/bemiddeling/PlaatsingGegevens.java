package nl.perspectiefopwerk.bemiddeling;

import java.time.LocalDate;
import java.util.List;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.werkgever.Werkplektype;
import org.springframework.format.annotation.DateTimeFormat;

/** Een plaatsing zoals formulier of API hem aanlevert; de service valideert. Leeg type of uren: die van de werkplek. */
public record PlaatsingGegevens(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startdatum,
    Werkplektype werkplektype,
    Contractvorm contractvorm,
    Integer urenPerWeek,
    List<Instrument> instrumenten,
    String afspraken,
    String jobcoach,
    String scholingstraject) {}
