package nl.perspectiefopwerk.audit;

import java.time.LocalDate;

/** Zoekfilter voor het verwerkingenlog; lege velden filteren niet. */
public record AuditFilter(String gebruiker, String betrokkeneType, String betrokkeneId, LocalDate van, LocalDate tot) {
  public static AuditFilter alles() {
    return new AuditFilter(null, null, null, null, null);
  }
}
