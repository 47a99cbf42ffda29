package nl.perspectiefopwerk.leeragenda;

import java.time.Instant;
import java.util.UUID;

/** Invoer voor een cyclus: tekst en/of document. Geen persoonsgegevens. */
public record EvaluatieInput(
    UUID id, UUID cyclusId, Inputsoort soort, String titel, String regiocode, String tekst, String bestandsnaam, String contentType,
    boolean heeftBestand, String toegevoegdDoor, Instant toegevoegdOp) {

  public enum Inputsoort {
    PLAN,
    VOORTGANGSRAPPORTAGE,
    GESPREKSVERSLAG,
    BIJEENKOMSTVERSLAG,
    MONITORVERSLAG
  }
}
