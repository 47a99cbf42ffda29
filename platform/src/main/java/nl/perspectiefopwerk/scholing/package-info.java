/**
 * Scholing: scholingstrajecten per kandidaat (praktijkleren met praktijkverklaring, BBL, mbo-(deel)certificaat,
 * branche-opleiding, taal) met erkend leerbedrijf, praktijkopleider, looptijd en uitkomst; de aanmelding van
 * regio's voor de pilot praktijkleren per tranche; kengetallen per regio. De kandidaat staat hier alleen als
 * {@link nl.perspectiefopwerk.kandidaat.KandidaatId}: naam en contact blijven in de module kandidaat.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scholing")
package nl.perspectiefopwerk.scholing;
