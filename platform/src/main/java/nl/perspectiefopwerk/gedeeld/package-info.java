/**
 * Gedeelde bouwstenen zonder domeinkennis: API-conventies (paginering, problem+json), de
 * ingebedde database, het referentiedata-importkader en het demodatakader.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Gedeeld",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.perspectiefopwerk.gedeeld;
