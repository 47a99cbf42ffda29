package nl.perspectiefopwerk.kandidaat.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Een rij uit kandidaat.kandidaat (het BSN alleen versleuteld). */
public record KandidaatRij(
    UUID id,
    String regiocode,
    UUID organisatieId,
    String gebruikersnaam,
    boolean inBestand,
    String uitBestandReden,
    Instant uitBestandOp,
    Instant geanonimiseerdOp,
    String voornaam,
    String achternaam,
    LocalDate geboortedatum,
    byte[] bsnVersleuteld,
    String straat,
    String huisnummer,
    String postcode,
    String woonplaats,
    String email,
    String telefoon,
    String pc4,
    String gemeentecode,
    String opleidingsniveau,
    boolean startkwalificatie,
    int urenPerWeek,
    int maxReisafstandKm,
    LocalDate beschikbaarVanaf,
    boolean rijbewijs,
    List<String> talen,
    List<String> werkvormwensen,
    String sectorwensen,
    List<String> doelgroepen,
    LocalDate laatstBevestigdOp,
    Instant aangemaaktOp,
    int versie) {

  public String naam() {
    return voornaam == null ? "" : voornaam + " " + achternaam;
  }
}
