package nl.perspectiefopwerk.leeragenda;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Een activiteit van de leeragenda, landelijk (regiocode null) of in een regio, met de aangemelde organisaties. */
public record Activiteit(
    UUID id, Thema thema, Activiteitvorm vorm, String titel, String omschrijving, LocalDate datum, String regiocode, String partner,
    List<Deelname> deelnames, int versie) {

  public record Deelname(java.util.UUID organisatieId, String organisatienaam, String regiocode, String aangemeldDoor, boolean aanwezig) {}

  public long aantalAanwezig() {
    return deelnames.stream().filter(Deelname::aanwezig).count();
  }
}
