package nl.perspectiefopwerk.kandidaat.importeren;

import java.util.List;

/**
 * Een kolom van het importbestand, zoals gedocumenteerd op de importpagina en in het sjabloon. De
 * omschrijving van het formaat staat in de berichtenbundel onder {@code import.kolom.<naam>}.
 *
 * @param voorbeeld een verzonnen waarde voor de voorbeeldregel van het sjabloon
 */
public record Kolom(String naam, boolean verplicht, String voorbeeld) {

  /** Alle kolommen in de volgorde van het sjabloon. Lijsten scheidt u met een verticale streep (|). */
  public static final List<Kolom> ALLE =
      List.of(
          new Kolom("extern_id", true, "GEM-000123"),
          new Kolom("bsn", true, "123456782"),
          new Kolom("voornaam", true, "Sanne"),
          new Kolom("achternaam", true, "Voorbeeld"),
          new Kolom("geboortedatum", true, "1990-05-17"),
          new Kolom("straat", false, "Voorbeeldstraat"),
          new Kolom("huisnummer", false, "12a"),
          new Kolom("postcode", true, "4811 AB"),
          new Kolom("woonplaats", false, "Breda"),
          new Kolom("email", false, "sanne.voorbeeld@example.org"),
          new Kolom("telefoon", false, "0612345678"),
          new Kolom("doelgroepen", false, "BIJSTAND|NIET_UITKERINGSGERECHTIGD"),
          new Kolom("opleidingsniveau", true, "MBO2"),
          new Kolom("startkwalificatie", false, "ja"),
          new Kolom("beroepen", false, "2a22ff9e-de3b-408d-b312-5034896cc4f4"),
          new Kolom("vaardigheden", false, ""),
          new Kolom("talen", false, "Nederlands|Engels"),
          new Kolom("rijbewijs", false, "ja"),
          new Kolom("uren_per_week", true, "32"),
          new Kolom("max_reisafstand_km", true, "25"),
          new Kolom("beschikbaar_vanaf", true, "2026-12-01"));

  public static List<String> namen() {
    return ALLE.stream().map(Kolom::naam).toList();
  }

  static boolean bestaat(String naam) {
    return ALLE.stream().anyMatch(k -> k.naam().equals(naam));
  }
}
