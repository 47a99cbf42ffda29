package nl.perspectiefopwerk.scholing;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Het trajectformulier (web en API); de service valideert.
 *
 * @param kandidaat het dossiernummer van de kandidaat (of, voor het regioloket, de profielcode in het bestand)
 */
public record TrajectGegevens(
    String kandidaat,
    Trajecttype type,
    String opleiding,
    String erkendLeerbedrijf,
    String praktijkopleider,
    UUID onderwijsOrganisatieId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startdatum,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,
    Boolean erkendCertificaat,
    String plaatsingRef) {

  public static TrajectGegevens leeg() {
    return new TrajectGegevens(null, Trajecttype.PRAKTIJKLEREN, null, null, null, null, LocalDate.now(), null, true, null);
  }

  public static TrajectGegevens van(Traject t) {
    return new TrajectGegevens(t.kandidaat().toString(), t.type(), t.opleiding(), t.erkendLeerbedrijf(), t.praktijkopleider(),
        t.onderwijsOrganisatieId(), t.startdatum(), t.einddatum(), t.erkendCertificaat(), t.plaatsingRef());
  }
}
