/**
 * Leeragenda en lerende evaluatie: de zes thema's, activiteiten (webinar, themabijeenkomst, leerkring) met aanmelding
 * en aanwezigheid per regio en organisatie, een doorzoekbare bibliotheek van producten, goede praktijken en lessen
 * (ook mislukkingen) met regionale context, de behoeftepeiling per regio, "nieuw voor uw regio", en de evaluatiecycli
 * met hun invoer, lessen en rapporten. Geen persoonsgegevens van kandidaten.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leeragenda")
package nl.perspectiefopwerk.leeragenda;
