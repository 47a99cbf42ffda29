package nl.perspectiefopwerk.melding;

import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.Rol;

/** Meldingen versturen (in de app en, als SMTP is ingesteld, per e-mail). */
public interface MeldingApi {

  /** Aan één gebruiker. */
  void meldAanGebruiker(GebruikerId ontvanger, Melding melding);

  /**
   * Aan alle actieve gebruikers met deze rol; voor regionale rollen alleen wie in {@code regiocode}
   * werkt (bijv. {@code REGIOCOORDINATOR} van AM12), voor nationale rollen mag {@code regiocode} null zijn.
   *
   * @return het aantal ontvangers
   */
  int meldAanRol(Rol rol, String regiocode, Melding melding);
}
