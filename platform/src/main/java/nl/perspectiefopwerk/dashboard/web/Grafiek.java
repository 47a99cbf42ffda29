package nl.perspectiefopwerk.dashboard.web;

import java.util.List;

/**
 * Gegevens voor één Chart.js-grafiek. Onderdrukte waarden zijn null (een gat, geen getal). De tabel met
 * dezelfde gegevens ({@code tabelId}) staat er altijd direct onder als toegankelijk alternatief.
 */
public record Grafiek(String id, String soort, String titel, String tabelId, List<String> labels, List<Reeks> reeksen, boolean liggend) {
  public record Reeks(String label, List<Long> waarden) {}
}
