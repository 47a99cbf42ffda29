package nl.perspectiefopwerk.mobiliteit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * De intake (zelfmelden of door een consulent). De geboortedatum dient alleen om de jongerenvlag (< 27) te bepalen
 * en wordt niet bewaard; de postcode bepaalt bij zelfmelden de regio.
 */
public record ClientGegevens(
    String naam, String email, String telefoon, String postcode, Situatie situatie,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datumBaanverlies, Categorie categorie,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate geboortedatum, Boolean schoolverlater, Herkomst herkomst,
    String vraag, Boolean toestemming) {

  public static ClientGegevens leeg() {
    return new ClientGegevens(null, null, null, null, null, null, null, null, false, null, null, false);
  }
}
