package nl.perspectiefopwerk.scholing;

import java.time.LocalDate;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.KandidaatId;

/**
 * Een scholingstraject.
 *
 * @param organisatieId de gemeente of het UWV die het traject begeleidt
 * @param onderwijsOrganisatieId de school, SBB of het leerwerkloket dat meekijkt (mag null zijn)
 * @param erkendCertificaat leidt het traject tot een landelijk erkend certificaat of diploma
 * @param plaatsingRef losse verwijzing naar een plaatsing in de module bemiddeling (mag null zijn)
 */
public record Traject(
    TrajectId id,
    String regiocode,
    UUID organisatieId,
    KandidaatId kandidaat,
    Trajecttype type,
    String opleiding,
    String erkendLeerbedrijf,
    String praktijkopleider,
    UUID onderwijsOrganisatieId,
    LocalDate startdatum,
    LocalDate einddatum,
    boolean erkendCertificaat,
    String plaatsingRef,
    TrajectStatus status,
    Opleidingsuitkomst uitkomst,
    LocalDate uitkomstDatum,
    String aangemaaktDoor,
    int versie) {

  /** Korte, niet-identificerende verwijzing naar de kandidaat voor lijsten. */
  public String kandidaatKort() {
    return kandidaat.toString().substring(0, 8);
  }
}
