/**
 * Meldingen: berichten in de app (bel-icoon in de kop) en per e-mail (SMTP configureerbaar) aan een
 * gebruiker of aan alle gebruikers met een rol in een regio. Andere modules roepen {@link
 * nl.perspectiefopwerk.melding.MeldingApi} aan; meldingen bevatten nooit persoonsgegevens van kandidaten.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meldingen")
package nl.perspectiefopwerk.melding;
